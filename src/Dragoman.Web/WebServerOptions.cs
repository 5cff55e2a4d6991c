namespace Dragoman.Web;

/// <summary>How <c>dragoman serve</c> runs: where it listens, which store it reads, who may write.</summary>
public sealed record WebServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const string TokenVariable = "DRAGOMAN_TOKEN";

    /// <summary>Two megabytes: an article is a few kilobytes; anything much larger is a mistake or an attack.</summary>
    public const long DefaultMaxBodyBytes = 2_000_000;

    /// <summary>Semicolon-separated URLs to listen on; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The store (<c>--db</c>): null means <c>DRAGOMAN_DB</c>, else <c>dragoman.db</c>.</summary>
    public string? Db { get; init; }

    /// <summary>The bearer token for writes; null means none (writes then allowed only on loopback).</summary>
    public string? Token { get; init; }

    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>The dashboard's files; null means <c>wwwroot</c> beside the program.</summary>
    public string? StaticRoot { get; init; }
}

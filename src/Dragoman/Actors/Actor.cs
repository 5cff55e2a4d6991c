namespace Dragoman.Actors;

/// <summary>A resolved actor: CAMEO-style code, its country (null for organisations) and a display name.</summary>
public sealed record Actor(string Code, string? Country, string Name)
{
    /// <summary>The code used for scoring: the country when there is one, else the code.</summary>
    public string Primary => Country ?? Code;
}

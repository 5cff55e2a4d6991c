namespace Dragoman.Tests.Treaties;

/// <summary>One case of a Specs/treaties-*.md file: a text (or file) to extract from, or an allies question.</summary>
public sealed class TreatySpecCase(string file, int line, string id)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Id { get; } = id;

    public string Language { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Text { get; set; } = "";

    /// <summary>A file to read instead of the quoted text: relative to the test folder, or <c>shared:</c> for ../shared.</summary>
    public string? Source { get; set; }

    public string? Allies { get; set; }

    public string? Attacker { get; set; }

    public string? Location { get; set; }

    public List<string> From { get; } = [];

    public bool NoKnowledgeBase { get; set; }

    public int? TreatyCount { get; set; }

    public List<string> Treaties { get; } = [];

    public List<string> Supersedes { get; } = [];

    public List<string> Expect { get; } = [];

    public override string ToString() => $"{File}:{Line} {Id}";
}

namespace Dragoman.Documents;

/// <summary>A sentence: original-text offsets and the range of its tokens in <see cref="Document.Tokens"/>.</summary>
public sealed record Sentence(int Index, int Start, int End)
{
    public int TokenStart { get; init; }

    public int TokenEnd { get; init; }

    public int TokenCount => TokenEnd - TokenStart;

    /// <summary>True when the sentence ends a paragraph (a line break follows it).</summary>
    public bool EndsParagraph { get; init; }
}

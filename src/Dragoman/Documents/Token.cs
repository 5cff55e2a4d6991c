namespace Dragoman.Documents;

/// <summary>
/// One token. <see cref="Start"/> and <see cref="End"/> are offsets into the original text;
/// <see cref="Text"/> is the normalized surface and <see cref="Lower"/> its lower-case form.
/// </summary>
public readonly record struct Token(int Start, int End, string Text, string Lower, TokenKind Kind)
{
    public string Lemma { get; init; } = Lower;

    public PartOfSpeech Pos { get; init; }

    /// <summary>True when no whitespace separates this token from the previous one.</summary>
    public bool Glued { get; init; }

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsWord => Kind == TokenKind.Word;
}

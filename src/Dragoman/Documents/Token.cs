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

    /// <summary>
    /// Readings, chosen features and verb lemma, shared with every token of the same form and choice;
    /// null before lemmatization. Kept as one reference so that a token stays 48 bytes.
    /// </summary>
    public TokenAnalysis? Analysis { get; init; }

    /// <summary>Feature tag of the chosen reading (e.g. <c>pp.fs</c>), or null when the lexicon does not know the word.</summary>
    public string? Features => Analysis?.Features;

    /// <summary>
    /// Lemma of the token's verb or auxiliary reading, even when <see cref="Pos"/> chose another one
    /// ("attacks" as a noun still has VerbLemma "attack"); null when the token cannot be a verb.
    /// </summary>
    public string? VerbLemma => Analysis?.VerbLemma;

    /// <summary>Every reading the lexicon has for the form, best first; shared with the lexicon, never null after lemmatization.</summary>
    public IReadOnlyList<Reading>? Readings => Analysis?.Readings;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsWord => Kind == TokenKind.Word;

    public bool CanBeVerb => VerbLemma is not null;
}

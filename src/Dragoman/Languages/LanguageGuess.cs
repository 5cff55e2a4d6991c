namespace Dragoman.Languages;

/// <summary>
/// What the detector thinks a text is written in. <see cref="Language"/> is an ISO 639-1 code,
/// or null when the text holds no letters it can judge (empty, digits, an unlisted script).
/// </summary>
/// <param name="Language">The most likely language, or null when undetermined.</param>
/// <param name="Confidence">How sure the detector is, in [0, 1]; 0 when undetermined.</param>
/// <param name="IsReliable">True when the text was long enough and the confidence high enough to act on.</param>
public readonly record struct LanguageGuess(string? Language, double Confidence, bool IsReliable)
{
    /// <summary>How many letters the guess rests on: fewer than the text holds when its opening was decisive.</summary>
    public int LettersRead { get; init; }

    public static LanguageGuess Undetermined => default;

    public bool IsDetermined => Language is not null;
}

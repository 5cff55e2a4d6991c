namespace Dragoman.Languages;

/// <summary>
/// One lookup per character instead of <see cref="char.IsLetter(char)"/> plus <see cref="char.ToLowerInvariant(char)"/>
/// (both slow outside Latin-1): the lower-case form of every letter, and '\0' for everything else.
/// </summary>
internal sealed class LetterFolding
{
    private readonly char[] folded = new char[char.MaxValue + 1];

    public LetterFolding()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            folded[c] = char.IsLetter((char)c) ? char.ToLowerInvariant((char)c) : '\0';
        }
    }

    /// <summary>The lower-case letter, or '\0' when <paramref name="c"/> is not a letter.</summary>
    public char Fold(char c) => folded[c];
}

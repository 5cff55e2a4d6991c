namespace Dragoman.Documents;

/// <summary>
/// The normalized form of a document's text with a map back to the original, so every record
/// can hold offsets into the text the user gave us while stages read the cleaned-up form.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] toOriginal;

    public NormalizedText(string text, int[] toOriginal)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(toOriginal);
        if (toOriginal.Length != text.Length + 1)
        {
            throw new ArgumentException("offset map must have one entry per character plus one", nameof(toOriginal));
        }

        Text = text;
        this.toOriginal = toOriginal;
    }

    public string Text { get; }

    /// <summary>Offset in the original text of the normalized character at <paramref name="index"/>.</summary>
    public int ToOriginal(int index) => toOriginal[index];

    public static NormalizedText Identity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new int[text.Length + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = i;
        }

        return new NormalizedText(text, map);
    }
}

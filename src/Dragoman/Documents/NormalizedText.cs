namespace Dragoman.Documents;

/// <summary>
/// The normalized form of a document's text with a map back to the original, so every record
/// can hold offsets into the text the user gave us while stages read the cleaned-up form.
/// </summary>
public sealed class NormalizedText
{
    // Null when every character kept its offset (most news text): no map to allocate or fill.
    private readonly int[]? toOriginal;

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

    private NormalizedText(string text)
    {
        Text = text;
    }

    public string Text { get; }

    /// <summary>True when every character kept its original offset, so offsets need no translation.</summary>
    public bool IsIdentity => toOriginal is null;

    /// <summary>Offset in the original text of the normalized character at <paramref name="index"/>.</summary>
    public int ToOriginal(int index)
    {
        if (toOriginal is not null)
        {
            return toOriginal[index];
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        return index;
    }

    /// <summary>A normalized text equal to the original, character for character.</summary>
    public static NormalizedText Identity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new NormalizedText(text);
    }
}

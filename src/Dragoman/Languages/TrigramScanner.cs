namespace Dragoman.Languages;

/// <summary>
/// Walks a text as lower-cased words padded with one space on each side and yields their
/// character trigrams (" ne", "new", "ews", "ws "). Training and detection both read text through
/// this one scanner, so the profiles and the scores can never disagree about what a trigram is.
/// </summary>
internal ref struct TrigramScanner
{
    private readonly ReadOnlySpan<char> text;
    private readonly Span<char> wordBuffer;
    private readonly LetterFolding folding;
    private int index;
    private int length;
    private int completedLength;
    private char beforePrevious;
    private char previous;

    /// <param name="text">The text to scan.</param>
    /// <param name="wordBuffer">Scratch space for the current word; longer words are still scanned but not reported.</param>
    /// <param name="folding">Which characters are letters, and their lower-case forms.</param>
    public TrigramScanner(ReadOnlySpan<char> text, Span<char> wordBuffer, LetterFolding folding)
    {
        this.text = text;
        this.wordBuffer = wordBuffer;
        this.folding = folding;
    }

    /// <summary>The trigram just read, packed as three UTF-16 units.</summary>
    public ulong Current { get; private set; }

    /// <summary>True when <see cref="Current"/> closed a word (its last character is the padding space).</summary>
    public bool EndsWord { get; private set; }

    /// <summary>The lower-cased word just closed, or empty when it did not fit the buffer; valid until the next move.</summary>
    public readonly ReadOnlySpan<char> CompletedWord =>
        completedLength <= wordBuffer.Length ? wordBuffer[..completedLength] : [];

    public static ulong Pack(char first, char second, char third) =>
        ((ulong)first << 32) | ((ulong)second << 16) | third;

    public bool MoveNext()
    {
        while (index <= text.Length)
        {
            var c = index == text.Length ? '\0' : folding.Fold(text[index]);
            index++;
            if (c != '\0')
            {
                if (length < wordBuffer.Length)
                {
                    wordBuffer[length] = c;
                }

                length++;
                if (length == 1)
                {
                    beforePrevious = ' ';
                    previous = c;
                    continue;
                }

                Current = Pack(beforePrevious, previous, c);
                EndsWord = false;
                beforePrevious = previous;
                previous = c;
                return true;
            }

            if (length > 0)
            {
                Current = Pack(beforePrevious, previous, ' ');
                EndsWord = true;
                completedLength = length;
                length = 0;
                return true;
            }
        }

        return false;
    }
}

using Dragoman.Documents;

namespace Dragoman.Treaties;

/// <summary>A sentence's tokens without the skipped ones (quotation marks), as lower-case words for cue matching.</summary>
internal sealed class SentenceWords
{
    public SentenceWords(Document document, Sentence sentence, TreatyCues cues)
    {
        Sentence = sentence;
        var indices = new List<int>(sentence.TokenCount);
        var lower = new List<string>(sentence.TokenCount);
        for (var t = sentence.TokenStart; t < sentence.TokenEnd; t++)
        {
            if (!cues.Skipped.Contains(document.Tokens[t].Lower))
            {
                indices.Add(t);
                lower.Add(document.Tokens[t].Lower);
            }
        }

        TokenIndices = indices;
        Lower = lower;
        Hits = cues.Phrases.Find(Lower);
    }

    public Sentence Sentence { get; }

    /// <summary>Word position → index in <c>Document.Tokens</c>.</summary>
    public IReadOnlyList<int> TokenIndices { get; }

    public IReadOnlyList<string> Lower { get; }

    public IReadOnlyList<CueHit> Hits { get; }

    public int Count => Lower.Count;

    public int WordOfToken(int tokenIndex)
    {
        for (var w = 0; w < TokenIndices.Count; w++)
        {
            if (TokenIndices[w] >= tokenIndex)
            {
                return w;
            }
        }

        return TokenIndices.Count;
    }

    public bool IsPunctuation(int word) => Lower[word] is "," or "." or ";" or ":" or "(" or ")" or "!" or "?";

    public static int? Year(string word) =>
        word.Length == 4 && word.All(char.IsAsciiDigit) && int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) is var y && y is >= 1800 and <= 2100 ? y : null;
}

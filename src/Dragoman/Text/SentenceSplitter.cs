using System.Buffers;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Text;

/// <summary>
/// Splits the normalized text into sentences with original offsets. Every line break ends a sentence
/// (and a paragraph); inside a line a stop ends one unless an abbreviation, an initial, a number or a
/// following lower-case word says otherwise.
/// </summary>
public sealed class SentenceSplitter : IPipelineStage
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".?!\u2026");

    private readonly TextResources resources;

    public SentenceSplitter(TextResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        this.resources = resources;
    }

    public string Name => "split-sentences";

    public DocumentLayers Needs => DocumentLayers.Normalized | DocumentLayers.Language;

    public DocumentLayers Adds => DocumentLayers.Sentences;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Sentences = Split(document.Normalized, document.Language);
    }

    public IReadOnlyList<Sentence> Split(NormalizedText text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = resources.For(language);
        var sentences = new List<Sentence>();
        var s = text.Text;
        var lineStart = 0;
        while (lineStart <= s.Length)
        {
            var newline = s.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? s.Length : newline;
            SplitLine(text, lineStart, lineEnd, rules, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(NormalizedText text, int lineStart, int lineEnd, LanguageTextRules rules, List<Sentence> sentences)
    {
        var s = text.Text;
        var before = sentences.Count;
        var start = lineStart;
        var position = lineStart;
        while (position < lineEnd)
        {
            var found = s.AsSpan(position, lineEnd - position).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            var boundary = SentenceBoundary.After(s, position + found, lineStart, lineEnd, rules, out var resume);
            if (boundary >= 0)
            {
                Add(text, start, boundary, sentences);
                start = boundary;
                position = boundary;
            }
            else
            {
                position = resume;
            }
        }

        Add(text, start, lineEnd, sentences);
        if (sentences.Count > before)
        {
            sentences[^1] = sentences[^1] with { EndsParagraph = true };
        }
    }

    private static void Add(NormalizedText text, int start, int end, List<Sentence> sentences)
    {
        var s = text.Text;
        while (start < end && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, text.ToOriginal(start), text.ToOriginal(end)));
        }
    }
}

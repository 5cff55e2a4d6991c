using System.Text;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Text;

/// <summary>
/// Produces <see cref="Document.Normalized"/>: Unicode NFC, then the character map of
/// data/text/normalization.tsv (quotes, dashes, spaces, invisible characters) and LF line endings,
/// keeping for every output character the offset of the original character it came from.
/// </summary>
public sealed class TextNormalizer : IPipelineStage
{
    private readonly CharacterMap map;

    public TextNormalizer(TextResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        map = resources.Characters;
    }

    public string Name => "normalize";

    public DocumentLayers Needs => DocumentLayers.None;

    public DocumentLayers Adds => DocumentLayers.Normalized;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Normalized = Normalize(document.Text);
    }

    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsComposed(text) ? MapCharacters(text) : ComposeAndMap(text);
    }

    private static bool IsComposed(string text)
    {
        // Everything below U+0300 is NFC-stable, which covers most Italian and English text at once.
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\u02FF') < 0)
        {
            return true;
        }

        return !UnicodeRuns.HasLoneSurrogate(text) && text.IsNormalized(NormalizationForm.FormC);
    }

    // Fast path: the text is already NFC; copy clean stretches in bulk and map only marked characters.
    private NormalizedText MapCharacters(string text)
    {
        var span = text.AsSpan();
        var next = span.IndexOfAny(map.Attention);
        if (next < 0)
        {
            return NormalizedText.Identity(text);
        }

        var builder = new NormalizedTextBuilder(text.Length);
        var i = 0;
        while (next >= 0)
        {
            builder.AppendUnchanged(span.Slice(i, next), i);
            i += next;
            i = MapOne(span, i, builder);
            next = span[i..].IndexOfAny(map.Attention);
        }

        builder.AppendUnchanged(span[i..], i);
        return builder.Build(text.Length);
    }

    // Slow path: compose each base+marks run on its own so every output character maps to its run.
    private NormalizedText ComposeAndMap(string text)
    {
        var span = text.AsSpan();
        var builder = new NormalizedTextBuilder(text.Length + 16);
        var i = 0;
        while (i < span.Length)
        {
            var end = UnicodeRuns.RunEnd(span, i);
            if (end == i + 1 && span[i] < '\u0300')
            {
                i = MapOne(span, i, builder);
                continue;
            }

            var run = span[i..end];
            if (UnicodeRuns.HasLoneSurrogate(run) || run.IsNormalized(NormalizationForm.FormC))
            {
                for (var k = i; k < end; k++)
                {
                    AppendMapped(span[k], k, builder);
                }
            }
            else
            {
                foreach (var c in run.ToString().Normalize(NormalizationForm.FormC))
                {
                    AppendMapped(c, i, builder);
                }
            }

            i = end;
        }

        return builder.Build(text.Length);
    }

    /// <summary>Maps the character at <paramref name="index"/>, joining CRLF into one LF; returns the next index.</summary>
    private int MapOne(ReadOnlySpan<char> span, int index, NormalizedTextBuilder builder)
    {
        if (span[index] == '\r')
        {
            builder.Append('\n', index);
            return index + 1 < span.Length && span[index + 1] == '\n' ? index + 2 : index + 1;
        }

        AppendMapped(span[index], index, builder);
        return index + 1;
    }

    private void AppendMapped(char c, int origin, NormalizedTextBuilder builder)
    {
        if (!map.IsRemoved(c))
        {
            builder.Append(map.Map(c), origin);
        }
    }
}

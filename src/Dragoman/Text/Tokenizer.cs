using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Text;

/// <summary>
/// Fills <see cref="Document.Tokens"/> sentence by sentence and records each sentence's token range.
/// Token offsets are original offsets; the text of a token is its normalized surface.
/// </summary>
public sealed class Tokenizer : IPipelineStage
{
    private readonly TextResources resources;
    private readonly SpareInstance<TokenStrings> strings;

    public Tokenizer(TextResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        this.resources = resources;
        strings = new SpareInstance<TokenStrings>(() => new TokenStrings());
    }

    public string Name => "tokenize";

    public DocumentLayers Needs => DocumentLayers.Sentences;

    public DocumentLayers Adds => DocumentLayers.Tokens;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Normalized;
        var lent = strings.Rent();
        var scanner = new TokenScanner(text, resources.For(document.Language), resources.ExtraSymbols, lent);
        try
        {
            var sentences = document.Sentences;
            var updated = new Sentence[sentences.Count];
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var first = scanner.Count;
                scanner.Scan(NormalizedOffsets.FromOriginal(text, sentence.Start), NormalizedOffsets.FromOriginal(text, sentence.End));
                updated[i] = sentence with { TokenStart = first, TokenEnd = scanner.Count };
            }

            document.Tokens = scanner.ToArray();
            document.Sentences = updated;
        }
        finally
        {
            scanner.Release();
            strings.Return(lent);
        }
    }

    /// <summary>Tokenizes a whole normalized text as one stretch (no sentence ranges), for callers outside the pipeline.</summary>
    public Token[] Tokenize(NormalizedText text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lent = strings.Rent();
        var scanner = new TokenScanner(text, resources.For(language), resources.ExtraSymbols, lent);
        try
        {
            scanner.Scan(0, text.Text.Length);
            return scanner.ToArray();
        }
        finally
        {
            scanner.Release();
            strings.Return(lent);
        }
    }
}

using Dragoman.Documents;
using Dragoman.Text;

namespace Dragoman.Engine;

/// <summary>Splits dictionary phrases with the pipeline's own normalizer and tokenizer, so phrases and text agree.</summary>
public sealed class PipelinePhraseTokenizer : IPhraseTokenizer
{
    private readonly TextNormalizer normalizer;
    private readonly Tokenizer tokenizer;

    public PipelinePhraseTokenizer(TextNormalizer normalizer, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(tokenizer);
        this.normalizer = normalizer;
        this.tokenizer = tokenizer;
    }

    public IReadOnlyList<string> Split(string phrase, string language)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var document = new Document("phrase", phrase, new DocumentInfo { Language = language == "*" ? null : language })
        {
            Normalized = normalizer.Normalize(phrase),
            Sentences = [new Sentence(0, 0, phrase.Length)],
        };
        tokenizer.Process(document);
        return document.Tokens.Select(t => t.Text).ToArray();
    }
}

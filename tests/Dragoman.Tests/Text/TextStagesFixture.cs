using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Text;

namespace Dragoman.Tests.Text;

/// <summary>Loads the text data once per test class and runs normalize + split + tokenize.</summary>
public sealed class TextStagesFixture
{
    public TextStagesFixture()
    {
        Resources = new TextResources(DataDirectory.Locate());
        Normalizer = new TextNormalizer(Resources);
        Splitter = new SentenceSplitter(Resources);
        Tokenizer = new Tokenizer(Resources);
    }

    public TextResources Resources { get; }

    public TextNormalizer Normalizer { get; }

    public SentenceSplitter Splitter { get; }

    public Tokenizer Tokenizer { get; }

    public Document Run(string text, string? language)
    {
        var document = new Document("test", text, new DocumentInfo { Language = language });
        Normalizer.Process(document);
        Splitter.Process(document);
        Tokenizer.Process(document);
        return document;
    }

    public string[] SentenceTexts(string text, string? language)
    {
        var document = Run(text, language);
        return document.Sentences.Select(s => document.Slice(s.Start, s.End)).ToArray();
    }

    public string[] TokenTexts(string text, string? language) =>
        Run(text, language).Tokens.Select(t => t.Text).ToArray();
}

using System.Text.RegularExpressions;
using Dragoman.Documents;

namespace Dragoman.Tests.Lexicon;

/// <summary>
/// A tiny test-only tokenizer (the real one lives elsewhere): Italian elisions split after the
/// apostrophe (l'|accordo), English clitics split before it (do|n't, Russia|'s).
/// </summary>
internal static partial class TestTokens
{
    public static Document Document(string text, string language)
    {
        var document = new Document("test", text, new DocumentInfo { Language = language });
        var pattern = language == "it" ? ItalianPattern() : EnglishPattern();
        var tokens = new List<Token>();
        foreach (Match m in pattern.Matches(text))
        {
            var kind = char.IsLetter(m.Value[0]) || m.Value[0] == '\'' ? TokenKind.Word
                : char.IsDigit(m.Value[0]) ? TokenKind.Number
                : TokenKind.Punctuation;
            tokens.Add(new Token(m.Index, m.Index + m.Length, m.Value, m.Value.ToLowerInvariant(), kind));
        }

        document.Tokens = [.. tokens];
        document.Sentences = [new Sentence(0, 0, text.Length) { TokenStart = 0, TokenEnd = tokens.Count }];
        document.MarkAdded(DocumentLayers.Tokens | DocumentLayers.Sentences);
        return document;
    }

    [GeneratedRegex(@"\p{L}+'|\p{L}+|\d+|\S")]
    private static partial Regex ItalianPattern();

    [GeneratedRegex(@"n't|'s|'re|'ve|'ll|'d|'m|\p{L}+(?=n't)|\p{L}+|\d+|\S")]
    private static partial Regex EnglishPattern();
}

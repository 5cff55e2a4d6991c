using System.Collections.Frozen;
using Dragoman.Documents;
using Dragoman.Errors;
using Dragoman.Pipeline;

namespace Dragoman.Lexicon;

/// <summary>
/// Pipeline stage that sets Lemma, Pos, Features, VerbLemma and Readings on every token, using the
/// lexicon of the document's language. Unknown capitalized words become proper names, unknown
/// lower-case words nouns with no readings; numbers, punctuation and symbols get NUM, PUNCT, SYM.
/// </summary>
public sealed class Lemmatizer : IPipelineStage
{
    private readonly FrozenDictionary<string, Lexicon> lexicons;

    public Lemmatizer(IEnumerable<Lexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.lexicons = lexicons.ToFrozenDictionary(l => l.Language, StringComparer.OrdinalIgnoreCase);
    }

    public string Name => "lemmatize";

    public DocumentLayers Needs => DocumentLayers.Tokens;

    public DocumentLayers Adds => DocumentLayers.Lemmas;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = document.Language ?? string.Empty;
        if (!lexicons.TryGetValue(language, out var lexicon))
        {
            throw new UnsupportedLanguageException(document.Id, language);
        }

        Lemmatize(lexicon, document.Tokens, document.Sentences);
    }

    /// <summary>Lemmatizes tokens in place; sentence starts decide whether a capitalized known word may be a name.</summary>
    public static void Lemmatize(Lexicon lexicon, Token[] tokens, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var nextSentence = 0;
        var sentenceStart = 0;
        var nextStart = sentences.Count > 0 ? sentences[0].TokenStart : int.MaxValue;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (nextStart <= i)
            {
                sentenceStart = nextStart;
                nextSentence++;
                nextStart = nextSentence < sentences.Count ? sentences[nextSentence].TokenStart : int.MaxValue;
            }

            Lemmatize(lexicon, ref tokens[i], tokens.AsSpan(sentenceStart, i - sentenceStart));
        }
    }

    private static void Lemmatize(Lexicon lexicon, ref Token token, ReadOnlySpan<Token> before)
    {
        switch (token.Kind)
        {
            case TokenKind.Number:
                token = token with { Lemma = token.Lower, Pos = PartOfSpeech.Num, Analysis = TokenAnalysis.None };
                return;
            case TokenKind.Punctuation or TokenKind.Quote:
                token = token with { Lemma = token.Lower, Pos = PartOfSpeech.Punct, Analysis = TokenAnalysis.None };
                return;
            case TokenKind.Symbol:
                token = token with { Lemma = token.Lower, Pos = PartOfSpeech.Sym, Analysis = TokenAnalysis.None };
                return;
        }

        // A capitalized word inside a sentence is looked up as it is: enclitic splitting and suffix
        // guesses are for common words, and names are frequent in news.
        var capitalized = token.IsCapitalized;
        var analysis = lexicon.Find(token.Lower, derive: !capitalized || before.IsEmpty);
        var readings = analysis.Readings;
        if (readings.Length == 0 || (capitalized && analysis.IsGuessOnly))
        {
            var pos = capitalized ? PartOfSpeech.Propn : PartOfSpeech.Noun;
            token = token with { Lemma = capitalized ? token.Text : token.Lower, Pos = pos, Analysis = analysis.Unchosen };
            return;
        }

        var index = readings.Length == 1 ? 0 : ReadingChooser.Choose(readings, before);
        var chosen = readings[index];
        if (capitalized && !before.IsEmpty && IsInsideClause(before[^1]) && (chosen.IsNominal || chosen.Pos == PartOfSpeech.Verb))
        {
            // A capitalized content word inside a sentence is most often part of a name ("Casa Bianca", "Unione Europea").
            token = token with { Lemma = token.Text, Pos = PartOfSpeech.Propn, Analysis = analysis.Chosen(index) };
            return;
        }

        token = token with { Lemma = chosen.Lemma, Pos = chosen.Pos, Analysis = analysis.Chosen(index) };
    }

    private static bool IsInsideClause(Token previous) => previous.Kind is TokenKind.Word or TokenKind.Number;
}

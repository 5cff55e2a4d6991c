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
        for (var i = 0; i < tokens.Length; i++)
        {
            while (nextSentence < sentences.Count && sentences[nextSentence].TokenStart <= i)
            {
                sentenceStart = sentences[nextSentence].TokenStart;
                nextSentence++;
            }

            var before = tokens.AsSpan(sentenceStart, i - sentenceStart);
            tokens[i] = Lemmatize(lexicon, tokens[i], before);
        }
    }

    private static Token Lemmatize(Lexicon lexicon, Token token, ReadOnlySpan<Token> before)
    {
        switch (token.Kind)
        {
            case TokenKind.Number:
                return token with { Lemma = token.Lower, Pos = PartOfSpeech.Num, Readings = [] };
            case TokenKind.Punctuation or TokenKind.Quote:
                return token with { Lemma = token.Lower, Pos = PartOfSpeech.Punct, Readings = [] };
            case TokenKind.Symbol:
                return token with { Lemma = token.Lower, Pos = PartOfSpeech.Sym, Readings = [] };
        }

        // A capitalized word inside a sentence is looked up as it is: enclitic splitting and suffix
        // guesses are for common words, and names are frequent in news.
        var readings = token.IsCapitalized && !before.IsEmpty ? lexicon.Lookup(token.Lower) : lexicon.Analyze(token.Lower);
        if (readings.Count == 0 || (token.IsCapitalized && IsGuessOnly(readings)))
        {
            var pos = token.IsCapitalized ? PartOfSpeech.Propn : PartOfSpeech.Noun;
            return token with { Lemma = pos == PartOfSpeech.Propn ? token.Text : token.Lower, Pos = pos, Features = null, VerbLemma = null, Readings = readings };
        }

        var chosen = readings[ReadingChooser.Choose(readings, before)];
        var verbLemma = chosen.IsVerbal ? chosen.Lemma : FirstVerbLemma(readings);
        if (token.IsCapitalized && !before.IsEmpty && IsInsideClause(before[^1]) && (chosen.IsNominal || chosen.Pos == PartOfSpeech.Verb))
        {
            // A capitalized content word inside a sentence is most often part of a name ("Casa Bianca", "Unione Europea").
            return token with { Lemma = token.Text, Pos = PartOfSpeech.Propn, Features = chosen.Features, VerbLemma = verbLemma, Readings = readings };
        }

        return token with { Lemma = chosen.Lemma, Pos = chosen.Pos, Features = chosen.Features, VerbLemma = verbLemma, Readings = readings };
    }

    /// <summary>Suffix guesses are for unknown common words; an unknown capitalized word is a name ("Italy", not an adverb).</summary>
    private static bool IsGuessOnly(IReadOnlyList<Reading> readings)
    {
        foreach (var reading in readings)
        {
            if (!reading.Features.StartsWith("guess", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInsideClause(Token previous) => previous.Kind is TokenKind.Word or TokenKind.Number;

    private static string? FirstVerbLemma(IReadOnlyList<Reading> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i].IsVerbal)
            {
                return readings[i].Lemma;
            }
        }

        return null;
    }
}

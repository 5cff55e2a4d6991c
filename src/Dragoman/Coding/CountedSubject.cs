using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "Centinaia di studenti sono scesi in piazza", "Thousands of people marched": a counted noun phrase (a quantity noun
/// or a number, then of and a noun, grammar keys quantityNoun and genitivePreposition) right before a finite verb is that
/// clause's own subject although it names no actor, so the subject of the clause before is not carried over to it.
/// </summary>
internal sealed class CountedSubject
{
    private readonly ClauseGrammar grammar;

    public CountedSubject(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public bool Before(Document document, VerbGroup group, int boundary)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(group);
        if (group.NonFinite || group.Coordinated)
        {
            return false;
        }

        var tokens = document.Tokens;
        var k = group.Start - 1;
        while (k >= boundary && tokens[k].Pos is PartOfSpeech.Adv or PartOfSpeech.Pron)
        {
            k--;
        }

        if (k < boundary || tokens[k].Pos != PartOfSpeech.Noun)
        {
            return false;
        }

        // "migliaia di sostenitori dell'opposizione": up to three nouns in a chain of genitives lead back to the count.
        var count = -1;
        for (var step = 0; step < 3 && count < 0; step++)
        {
            var of = grammar.Prepositions.EndingAt(tokens, Skip(tokens, k - 1, boundary, PartOfSpeech.Adj), boundary);
            if (of is not { } genitive || !grammar["genitivePreposition"].Contains(genitive.Value))
            {
                return false;
            }

            k = Skip(tokens, genitive.First - 1, boundary, PartOfSpeech.Adj);
            if (k < boundary)
            {
                return false;
            }

            if (grammar["quantityNoun"].Contains(tokens[k].Lower) || tokens[k].Kind == TokenKind.Number)
            {
                count = k;
            }
            else if (tokens[k].Pos != PartOfSpeech.Noun)
            {
                return false;
            }
        }

        if (count < 0)
        {
            return false;
        }

        // "decine di migliaia di studenti": a count of counts.
        while (count - 2 >= boundary && grammar["genitivePreposition"].Contains(tokens[count - 1].Lower)
            && (grammar["quantityNoun"].Contains(tokens[count - 2].Lower) || tokens[count - 2].Kind == TokenKind.Number))
        {
            count -= 2;
        }

        // "alcune centinaia di sostenitori", but not "con decine di feriti": inside a prepositional phrase the count is no subject.
        var before = count - 1;
        while (before >= boundary && tokens[before].Pos is PartOfSpeech.Det or PartOfSpeech.Num or PartOfSpeech.Adj or PartOfSpeech.Adv)
        {
            before--;
        }

        return before < boundary || (tokens[before].Pos != PartOfSpeech.Adp && grammar.Prepositions.EndingAt(tokens, before, boundary) is null);
    }

    private static int Skip(Token[] tokens, int from, int boundary, PartOfSpeech skipped)
    {
        var k = from;
        while (k >= boundary && tokens[k].Pos == skipped)
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "In Yerevan, thousands of people protested", "Hundreds rallied", "after police stormed the embassy": an English verb whose
    /// subject is a crowd counted by a number or a quantity noun (grammar key quantityNoun), or a noun phrase right after a clause
    /// boundary or a coordinator, outside any mention, has a subject of its own that names no actor, so no subject is carried to it.
    /// </summary>
    public bool OpensClause(Token[] tokens, SentenceAnalysis analysis, VerbGroup group)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(group);
        const int LongestCrowd = 4;
        var plain = true;
        for (var k = group.Start - 1; k >= analysis.Sentence.TokenStart && k >= group.Start - LongestCrowd; k--)
        {
            if (tokens[k].Lower == "," || analysis.Arguments.Any(a => a.TokenStart <= k && k < a.TokenEnd))
            {
                return false;
            }

            if (tokens[k].Kind == TokenKind.Number || grammar["quantityNoun"].Contains(tokens[k].Lower))
            {
                return true;
            }

            // "…after police stormed the embassy": a plain noun phrase that opens its clause, right after a clause boundary.
            plain &= tokens[k].Pos is PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Det && !(tokens[k].Pos == PartOfSpeech.Noun && tokens[k].IsCapitalized);
            // After "and" too ("deployed police to Haiti and the gangs attacked them"), unless the noun names weapons or
            // strikes, which belong to the doer before ("launched missiles and drones hit Kyiv").
            var opener = k > analysis.Sentence.TokenStart ? tokens[k - 1].Lower : "";
            if (plain && (grammar["boundary"].Contains(opener) || (grammar["coordinator"].Contains(opener) && !grammar["meansNoun"].Contains(tokens[group.Start - 1].Lemma)))
                && tokens[group.Start - 1].Pos == PartOfSpeech.Noun)
            {
                return true;
            }
        }

        return false;
    }
}

using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Whether an English past form is a participle describing the noun before it (a reduced relative)
/// rather than the clause's main verb. Split from <see cref="VerbGroupFinder"/>.
/// </summary>
internal sealed class ReducedRelativeReader(ClauseGrammar grammar)
{
    private const int AgentWindow = 6;

    /// <summary>
    /// "companies accused of…", "a move hailed by Kyiv": an English past form right after a common
    /// noun and followed by an agent preposition or a reducedRelativeMarker (of) is a participle describing that noun, not the main verb.
    /// </summary>
    public bool Find(Token[] tokens, Sentence sentence, int head, VerbGroup? before)
    {
        var features = tokens[head].Features ?? "";
        if (!features.Contains("pp", StringComparison.Ordinal) || head == sentence.TokenStart || !grammar["prenominalAdjectives"].Contains("true"))
        {
            return false;
        }

        var previous = tokens[head - 1];
        var next = head + 1 < sentence.TokenEnd ? tokens[head + 1].Lower : "";
        // "the government called for an inquiry": a verb whose particle the marker is stays active ("a journalist jailed for spying" does not).
        var marker = grammar["reducedRelativeMarker"].Contains(next) && !grammar["phrasalLemma"].ContainsPair(tokens[head].VerbLemma, next);
        // "a swap brokered by the UAE": a word that can be a noun is one right after a determiner.
        var noun = previous.Pos == PartOfSpeech.Noun
            || (head - 2 >= sentence.TokenStart && tokens[head - 2].Pos == PartOfSpeech.Det && TokenReadings.HasNominalReading(previous));
        if (noun && !previous.IsCapitalized && (grammar["agent"].Contains(next) || marker || (before is { NonFinite: false } && AgentAhead(tokens, sentence, head))))
        {
            return true;
        }

        // "in retaliation for a ballistic missile fired at Israel", "after a drone launched from Lebanon": a noun inside a
        // prepositional phrase is no subject, so a past form after it and before a preposition describes it.
        if (previous.Pos == PartOfSpeech.Noun && !previous.IsCapitalized && head + 1 < sentence.TokenEnd && tokens[head + 1].Pos == PartOfSpeech.Adp
            && !grammar["phrasalLemma"].ContainsPair(tokens[head].VerbLemma, next) && InsidePrepositionalPhrase(tokens, sentence, head - 1))
        {
            return true;
        }

        // "$50 billion backed by frozen assets", "rebels in Congo backed by Rwanda": an active past form is
        // never followed at once by its agent preposition, so after a number or a name it describes them too.
        if ((previous.Pos is PartOfSpeech.Num or PartOfSpeech.Propn or PartOfSpeech.Noun || TokenReadings.HasNominalReading(previous)) && grammar["agent"].Contains(next))
        {
            return true;
        }

        // "Israel intercepted a missile fired from Yemen": right after the object of a finite verb that reports no clause, a past form
        // followed by a preposition describes the object (a finite verb would need a conjunction before it).
        if (before is { NonFinite: false, Reporting: false } && previous.Pos == PartOfSpeech.Noun && !previous.IsCapitalized
            && head + 1 < sentence.TokenEnd && tokens[head + 1].Pos == PartOfSpeech.Adp && !grammar["infinitiveMarker"].Contains(next)
            && ObjectOf(tokens, before, head - 1))
        {
            return true;
        }

        // "…the last treaty with the United States, signed in 2010": once the clause has its finite
        // verb, a past form after a noun and a comma, followed by a preposition (not by an object or
        // an infinitive marker), describes that noun. Before it, it is the main verb ("Keir Starmer, said in…").
        // A finite verb inside a relative clause that the comma closes is not the clause's own ("Georgian protesters, whose
        // leaders were arrested last week, rallied outside…").
        return before is { NonFinite: false } && previous.Lower == "," && !grammar["infinitiveMarker"].Contains(tokens[head + 1 < sentence.TokenEnd ? head + 1 : head].Lower) && head >= sentence.TokenStart + 2 && tokens[head - 2].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn
            && head + 1 < sentence.TokenEnd && tokens[head + 1].Pos == PartOfSpeech.Adp && !ClosesRelativeClause(tokens, sentence, head - 1);
    }

    /// <summary>Whether the comma at <paramref name="comma"/> closes a clause opened, after the comma before it, by a relative word.</summary>
    private bool ClosesRelativeClause(Token[] tokens, Sentence sentence, int comma)
    {
        var open = comma - 1;
        while (open > sentence.TokenStart && tokens[open].Lower != ",")
        {
            open--;
        }

        // The relative word opens the clause, or follows its article or preposition ("le cui truppe", "in cui").
        return open > sentence.TokenStart && (IsRelative(tokens[open + 1]) || (open + 2 < comma && tokens[open + 1].Pos is PartOfSpeech.Det or PartOfSpeech.Adp && IsRelative(tokens[open + 2])));
    }

    private bool IsRelative(Token token) => grammar["relative"].Contains(token.Lower) || grammar["obliqueRelative"].Contains(token.Lower);

    /// <summary>Whether the noun at <paramref name="noun"/> ends a short noun phrase opened by a determiner right after the verb group (its object).</summary>
    private bool ObjectOf(Token[] tokens, VerbGroup verb, int noun)
    {
        const int LongestObject = 4;
        // The object opens with a determiner: "intercepted a missile fired", never "ground forces pushed".
        if (noun - verb.Head > LongestObject || tokens[verb.Head + 1].Pos != PartOfSpeech.Det)
        {
            return false;
        }

        for (var k = verb.Head + 1; k < noun; k++)
        {
            if (tokens[k].Pos is not (PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Num or PartOfSpeech.Noun))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the noun at <paramref name="noun"/> ends a phrase opened by a preposition other than the genitive, with only articles, adjectives, numbers and nouns between.</summary>
    private bool InsidePrepositionalPhrase(Token[] tokens, Sentence sentence, int noun)
    {
        var k = noun - 1;
        while (k >= sentence.TokenStart && tokens[k].Pos is PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Num or PartOfSpeech.Noun && !tokens[k].IsCapitalized)
        {
            k--;
        }

        // "Thousands of people marched…": a genitive belongs to the subject before it.
        return k >= sentence.TokenStart && tokens[k].Pos == PartOfSpeech.Adp && !tokens[k].IsCapitalized && !grammar["genitivePreposition"].Contains(tokens[k].Lower);
    }

    /// <summary>"the agreement signed in Washington by Congo": a preposition, then "by" before the clause ends.</summary>
    private bool AgentAhead(Token[] tokens, Sentence sentence, int head)
    {
        if (head + 1 >= sentence.TokenEnd || tokens[head + 1].Pos != PartOfSpeech.Adp)
        {
            return false;
        }

        for (var k = head + 2; k < sentence.TokenEnd && k <= head + AgentWindow; k++)
        {
            if (grammar["agent"].Contains(tokens[k].Lower))
            {
                return true;
            }

            if (tokens[k].Lower == "," || grammar["boundary"].Contains(tokens[k].Lower) || tokens[k].Pos is PartOfSpeech.Verb or PartOfSpeech.Aux)
            {
                return false;
            }
        }

        return false;
    }
}

using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Gives every mention in a sentence its <see cref="ArgumentRole"/> from the words before and after it.</summary>
public sealed class ArgumentClassifier
{
    private readonly ClauseGrammar grammar;

    public ArgumentClassifier(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public List<Argument> Classify(Document document, Sentence sentence, IReadOnlyList<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var tokens = document.Tokens.AsSpan();
        var result = new List<Argument>(mentions.Count);
        for (var m = 0; m < mentions.Count; m++)
        {
            var argument = Classify(tokens, sentence, mentions[m]);
            var previous = result.Count > 0 ? result[^1] : null;
            if (previous is not null && argument.Role == ArgumentRole.Bare && previous.Role != ArgumentRole.Bare && Coordinated(tokens, previous, argument)
                && !NewClauseSubject(tokens, sentence, previous, argument))
            {
                // "con Corea del Sud e Giappone": the second conjunct shares the first one's preposition.
                argument = argument with { Role = previous.Role, Preposition = previous.Preposition };
            }
            else if (previous is { Role: ArgumentRole.Agent } && argument.Role == ArgumentRole.Prepositional && Coordinated(tokens, previous, argument)
                && grammar["agent"].Contains(tokens[argument.TokenStart - 1].Lower))
            {
                // "mediato dagli Stati Uniti e dalla Francia": a second agent after the conjunction.
                argument = argument with { Role = ArgumentRole.Agent };
            }

            result.Add(argument);
        }

        ShareListPreposition(tokens, result);
        return result;
    }

    /// <summary>
    /// "i capi di governo di Italia, Canada e Belgio", "sanzioni contro Russia, Iran e Corea del Nord":
    /// a list joined by commas and closed by a conjunction shares the preposition of its first member.
    /// </summary>
    private void ShareListPreposition(ReadOnlySpan<Token> tokens, List<Argument> arguments)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            // "Secondo Varsavia, la Bielorussia e…", "Al vertice di Washington, Biden e Scholz…": a fronted
            // attribution or place ends at its comma.
            var first = arguments[i - 1];
            if (first.Role is ArgumentRole.Bare or ArgumentRole.Attribution or ArgumentRole.Locative || first.Mention.Kind == MentionKind.Capital
                || arguments[i].Role != ArgumentRole.Bare || !CommaBetween(tokens, first, arguments[i]))
            {
                continue;
            }

            var last = i;
            while (last + 1 < arguments.Count && CommaBetween(tokens, arguments[last], arguments[last + 1]))
            {
                last++;
            }

            var closed = last + 1 < arguments.Count && Coordinated(tokens, arguments[last], arguments[last + 1]) && arguments[last + 1].Role == ArgumentRole.Bare;

            // "expelled diplomats from Argentina, Chile and five other countries": the list may close on a
            // member that names no actor; a conjunction right after the last actor still closes it.
            if (!closed && !(arguments[last].TokenEnd < tokens.Length && grammar["coordinator"].Contains(tokens[arguments[last].TokenEnd].Lower)))
            {
                continue;
            }

            last = closed ? last + 1 : last;
            for (var k = i; k <= last; k++)
            {
                arguments[k] = arguments[k] with { Role = first.Role, Preposition = first.Preposition, Governor = first.Governor };
            }

            if (!closed && last + 1 < arguments.Count && arguments[last + 1] is { Role: ArgumentRole.DemonymModifier, Preposition: null } modifier && ModifiesConjunct(tokens, arguments[last].TokenEnd + 1, modifier.TokenStart))
            {
                // "… Chile and five other Latin American countries": a demonym in the closing member is inside the list's phrase.
                arguments[last + 1] = modifier with { Preposition = first.Preposition };
            }

            i = last;
        }
    }

    /// <summary>Only determiners, numbers and adjectives stand in [from, to): the words open the noun phrase a demonym modifies.</summary>
    private static bool ModifiesConjunct(ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Pos is not (PartOfSpeech.Det or PartOfSpeech.Num or PartOfSpeech.Adj or PartOfSpeech.Propn))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CommaBetween(ReadOnlySpan<Token> tokens, Argument previous, Argument next) =>
        next.TokenStart - previous.TokenEnd is 1 or 2 && tokens[previous.TokenEnd].Lower == ",";

    /// <summary>
    /// A demonym names people ("i russi", "Israelis rallied", "migliaia di georgiani") when an article
    /// or a quantity noun comes before it, or nothing nominal follows it; otherwise it modifies a noun.
    /// </summary>
    private bool IsNounUse(ReadOnlySpan<Token> tokens, Sentence sentence, ActorMention mention, (string Value, int First)? prep)
    {
        var before = mention.TokenStart - 1;
        if (prep is { } p)
        {
            var head = p.First - 1;
            return head >= sentence.TokenStart && (grammar["quantityNoun"].Contains(tokens[head].Lower) || tokens[head].Kind == TokenKind.Number);
        }

        if (before >= sentence.TokenStart && tokens[before].Pos is PartOfSpeech.Noun or PartOfSpeech.Adj)
        {
            return false;
        }

        var after = mention.TokenEnd < sentence.TokenEnd ? tokens[mention.TokenEnd] : default;
        return after.Kind != TokenKind.Word || after.Pos is not (PartOfSpeech.Noun or PartOfSpeech.Propn or PartOfSpeech.Adj or PartOfSpeech.Unknown);
    }

    /// <summary>The preposition opening the noun phrase an adjective sits in ("contro le infrastrutture energetiche ucraine" → contro).</summary>
    private string? PhrasePreposition(ReadOnlySpan<Token> tokens, Sentence sentence, int adjective, string? through = null)
    {
        for (var k = adjective - 1; k >= sentence.TokenStart && k >= adjective - 6; k--)
        {
            if (grammar.Prepositions.EndingAt(tokens, k, sentence.TokenStart) is { } found)
            {
                if (found.Value == through)
                {
                    // "obiettivi degli Houthi": step over a further "di" to the preposition before the head noun.
                    k = found.First;
                    continue;
                }

                return found.Value;
            }

            if (tokens[k].Pos is not (PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Det or PartOfSpeech.Num))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"è stato ucciso da X", "was condemned by X", "presentata da X": an agent follows a past participle; "provenienti da X" is a place of origin.</summary>
    private static bool AfterParticiple(ReadOnlySpan<Token> tokens, Sentence sentence, int preposition)
    {
        const int MaxGap = 6;
        for (var k = preposition - 1; k >= sentence.TokenStart && k >= preposition - MaxGap; k--)
        {
            if ((tokens[k].Features ?? "").Contains("pp", StringComparison.Ordinal))
            {
                return true;
            }

            // "shot down by": a particle right after the participle; "è stato ricevuto venerdì a Pechino dal
            // presidente", "signed in Washington by X": a time or place may stand between.
            var particle = tokens[k].Pos is PartOfSpeech.Adp or PartOfSpeech.Part && k > sentence.TokenStart
                && (tokens[k - 1].Features ?? "").Contains("pp", StringComparison.Ordinal);
            if (!particle && tokens[k].Pos is not (PartOfSpeech.Adv or PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Det or PartOfSpeech.Num or PartOfSpeech.Punct or PartOfSpeech.Propn or PartOfSpeech.Adp))
            {
                return false;
            }
        }

        return false;
    }

    private bool AgentNounBefore(ReadOnlySpan<Token> tokens, Sentence sentence, int ofToken)
    {
        for (var k = ofToken - 1; k >= sentence.TokenStart && k >= ofToken - 3; k--)
        {
            if (grammar["agent"].EndingAt(tokens, k, sentence.TokenStart) is not null)
            {
                return true;
            }

            if (tokens[k].Pos is not (PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Det))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A preposition one or two adjectives or an article left outside the mention before <paramref name="last"/>'s
    /// following mention ("at a U.S. destroyer", "to an ethnic Armenian"), with the index of its last word.
    /// </summary>
    private (string Value, int First, int Last)? PrepositionBeforeAdjectives(ReadOnlySpan<Token> tokens, Sentence sentence, int last)
    {
        const int MaxAdjectives = 3;
        for (var k = last; k >= sentence.TokenStart && k > last - MaxAdjectives; k--)
        {
            if (tokens[k].Pos is not (PartOfSpeech.Adj or PartOfSpeech.Det))
            {
                return null;
            }

            if (k - 1 >= sentence.TokenStart && grammar.Prepositions.EndingAt(tokens, k - 1, sentence.TokenStart) is { } found)
            {
                return (found.Value, found.First, k - 1);
            }
        }

        return null;
    }

    /// <summary>The preposition before a common noun right in front of a mention, past its modifiers ("from the West African bloc"), if any other than "of".</summary>
    private string? ApposedHeadPreposition(ReadOnlySpan<Token> tokens, Sentence sentence, int before)
    {
        const int MaxModifiers = 5;
        // Only where adjectives come before the noun (English): Italian names after a noun are its own actors.
        if (before < sentence.TokenStart || tokens[before].Pos != PartOfSpeech.Noun || tokens[before].CanBeVerb || tokens[before].IsCapitalized || !grammar["prenominalAdjectives"].Contains("true"))
        {
            return null;
        }

        for (var k = before - 1; k >= sentence.TokenStart && k >= before - MaxModifiers; k--)
        {
            if (grammar.Prepositions.EndingAt(tokens, k, sentence.TokenStart) is { } found)
            {
                return grammar["genitivePreposition"].Contains(found.Value) ? null : found.Value;
            }

            if (tokens[k].Pos is not (PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Det or PartOfSpeech.Num or PartOfSpeech.Propn))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Il Mali ha sospeso le trasmissioni di France 24 e Parigi ha definito…": after a clause whose verb came before
    /// the first conjunct (with no clause boundary between), a mention right before an auxiliary opens a new clause as
    /// its subject and does not share the preposition of the conjunct before ("tra X e Y" always joins a pair).
    /// </summary>
    private bool NewClauseSubject(ReadOnlySpan<Token> tokens, Sentence sentence, Argument previous, Argument argument)
    {
        var next = argument.TokenEnd;
        next += next < sentence.TokenEnd && grammar["clitic"].Contains(tokens[next].Lower) ? 1 : 0;
        next += next < sentence.TokenEnd && tokens[next].Pos == PartOfSpeech.Adv ? 1 : 0;
        // "held talks with Putin and the two sides agreed…": a finite verb (English has no auxiliary in the simple past) after the
        // conjunct makes it the subject of a clause of its own.
        var finite = next < sentence.TokenEnd && (tokens[next].Pos == PartOfSpeech.Aux
            || (tokens[next].Pos == PartOfSpeech.Verb && TokenReadings.VerbFeatures(tokens[next]) is var f && (f.Contains("past", StringComparison.Ordinal) || f.Contains("pres", StringComparison.Ordinal))));
        if (!finite || previous.Preposition is { } p && grammar["betweenPreposition"].Contains(p))
        {
            return false;
        }

        return VerbBefore.InClause(tokens, grammar, sentence.TokenStart, previous.TokenStart);
    }

    /// <summary>The preposition before a run of capitalised words (a name) that ends in the comma at <paramref name="comma"/>.</summary>
    private (string Value, int First)? PrepositionBeforeUnknownName(ReadOnlySpan<Token> tokens, Sentence sentence, int comma)
    {
        var k = comma - 1;
        while (k > sentence.TokenStart && tokens[k].Pos == PartOfSpeech.Propn && tokens[k].IsCapitalized)
        {
            k--;
        }

        // A first and a last name at least: one capitalised word may be a day or a place ("in Rome on Monday, the president…").
        const int ShortestName = 2;
        if (comma <= sentence.TokenStart || tokens[comma].Lower != "," || comma - 1 - k < ShortestName || k <= sentence.TokenStart)
        {
            return null;
        }

        var prep = grammar.Prepositions.EndingAt(tokens, k, sentence.TokenStart);
        return prep is { } p && !grammar["genitivePreposition"].Contains(p.Value) && !grammar["agent"].Contains(tokens[k].Lower) ? p : null;
    }

    private bool Coordinated(ReadOnlySpan<Token> tokens, Argument previous, Argument next) =>
        next.TokenStart - previous.TokenEnd is 1 or 2 && grammar["coordinator"].Contains(tokens[previous.TokenEnd].Lower);

    /// <summary>
    /// "ha chiesto a Pechino di svolgere un ruolo": a capital followed by of and an infinitive is whom the verb asks or
    /// urges to act (a recipient), not the place where something happens.
    /// </summary>
    private bool BeforeInfinitive(ReadOnlySpan<Token> tokens, Sentence sentence, int end) =>
        end + 1 < sentence.TokenEnd && grammar["genitivePreposition"].Contains(tokens[end].Lower)
        && tokens[end + 1].Pos == PartOfSpeech.Verb && tokens[end + 1].Features?.Contains("inf", StringComparison.Ordinal) == true;

    private Argument Classify(ReadOnlySpan<Token> tokens, Sentence sentence, ActorMention mention)
    {
        var before = mention.TokenStart - 1;
        if (grammar["attribution"].EndingAt(tokens, before, sentence.TokenStart) is not null)
        {
            return new Argument(mention, ArgumentRole.Attribution, null);
        }

        // "Motovedette fedeli al generale Haftar hanno sequestrato…", "forces loyal to Haftar attacked…": the one the unnamed
        // force is loyal to stands for it.
        if (grammar["loyaltyMarker"].EndingAt(tokens, before, sentence.TokenStart) is not null)
        {
            return new Argument(mention, ArgumentRole.Bare, null);
        }

        if (grammar["agent"].EndingAt(tokens, before, sentence.TokenStart) is { } agent && agent.First < before + 1 && AfterParticiple(tokens, sentence, agent.First))
        {
            var preposition = grammar.Prepositions.EndingAt(tokens, before, sentence.TokenStart)?.Value;
            return new Argument(mention, ArgumentRole.Agent, preposition);
        }

        var prep = grammar.Prepositions.EndingAt(tokens, before, sentence.TokenStart);
        if (mention.Kind == MentionKind.Demonym)
        {
            return IsNounUse(tokens, sentence, mention, prep)
                ? new Argument(mention, ArgumentRole.Bare, prep?.Value)
                : new Argument(mention, ArgumentRole.DemonymModifier, prep?.Value ?? PhrasePreposition(tokens, sentence, mention.TokenStart));
        }

        if (prep is null && PrepositionBeforeAdjectives(tokens, sentence, before) is { } over)
        {
            // "against ethnic Armenian forces", "to former Bolivian president Evo Morales": adjectives left
            // outside the mention stand between it and its preposition.
            prep = (over.Value, over.First);
            before = over.Last;
        }

        if (prep is null && ApposedHeadPreposition(tokens, sentence, before) is { } head)
        {
            // "withdrawal from the West African bloc ECOWAS", "war against the militant group Hamas": a name set
            // after its common noun shares the noun's preposition.
            return new Argument(mention, grammar["dativePreposition"].Contains(head) ? ArgumentRole.Dative : ArgumentRole.Prepositional, head);
        }

        if (prep is null && PrepositionBeforeUnknownName(tokens, sentence, before) is { } named)
        {
            // "spoke with Laurent Saint-Cyr, Haiti's interim leader": an apposition names the actor a name the gazetteer
            // does not know stands for, and takes that name's preposition.
            prep = named;
        }

        if (prep is null)
        {
            var possessive = mention.TokenEnd < sentence.TokenEnd && grammar["possessiveClitic"].Contains(tokens[mention.TokenEnd].Lower);
            return new Argument(mention, possessive ? ArgumentRole.Possessive : ArgumentRole.Bare, null);
        }

        // "bloccata dal veto di Russia e Cina", "blocked by the veto of Russia": the owner of the agent noun acts.
        var genitive = grammar["genitivePreposition"].Contains(prep.Value.Value);
        if (genitive && AgentNounBefore(tokens, sentence, prep.Value.First))
        {
            return new Argument(mention, ArgumentRole.Agent, prep.Value.Value);
        }

        // "decine di migliaia di manifestanti georgiani", "hundreds of Serbian students": the people counted are the actor.
        var counted = prep.Value.First - 1;
        if (genitive && counted >= sentence.TokenStart && grammar["quantityNoun"].Contains(tokens[counted].Lower))
        {
            return new Argument(mention, ArgumentRole.Bare, null);
        }

        if (genitive)
        {
            return new Argument(mention, ArgumentRole.Genitive, prep.Value.Value) { Governor = PhrasePreposition(tokens, sentence, prep.Value.First, through: prep.Value.Value) };
        }

        var surface = tokens[before].Lower;
        var value = prep.Value.Value;
        var role = grammar["locative"].Contains(surface) ? ArgumentRole.Locative
            : grammar["capitalLocative"].Contains(value) && mention.Kind is MentionKind.Capital && !BeforeInfinitive(tokens, sentence, mention.TokenEnd) ? ArgumentRole.Locative
            : grammar["dativePreposition"].Contains(value) ? ArgumentRole.Dative
            : ArgumentRole.Prepositional;
        return new Argument(mention, role, prep.Value.Value);
    }
}

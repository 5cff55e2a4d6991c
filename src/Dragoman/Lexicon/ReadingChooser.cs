using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>
/// Picks the primary reading of an ambiguous form from its left context: after a determiner,
/// preposition or numeral a noun is likelier ("la firma", "the attacks"); after an auxiliary
/// (skipping adverbs: "ha già firmato"), a pronoun, a proper name or a negation a verb is likelier
/// ("è stata firmata", "Russia attacks"); after a non-modal auxiliary a past participle is likelier than
/// another verb's finite form ("ha detto" is dire, not dettare; "si sono detti" is dire, not dare).
/// Otherwise the lexicon's order stands.
/// </summary>
internal static class ReadingChooser
{
    private const int MaxAdverbsSkipped = 2;

    public static int Choose(ReadOnlySpan<Reading> readings, ReadOnlySpan<Token> before)
    {
        if (readings.Length < 2 || before.IsEmpty)
        {
            return 0;
        }

        var previous = before[^1];
        for (var skipped = 0; previous.Pos == PartOfSpeech.Adv && skipped < MaxAdverbsSkipped && before.Length > skipped + 1; skipped++)
        {
            previous = before[^(skipped + 2)];
        }

        if (previous.Pos == PartOfSpeech.Aux && previous.Features?.Contains("+modal", StringComparison.Ordinal) != true
            && !IsParticiple(readings[0]) && ParticipleIndex(readings) is var participle and > 0)
        {
            return participle;
        }

        // "the American air base", "the Russian attack": a bare verb form right after a determiner and
        // a name used as a modifier is a noun; "the Kremlin says" keeps its verb.
        // "fornito all'Ucraina armi": a name inside a prepositional phrase is no subject, so the word after it keeps its noun reading.
        if (previous.Pos == PartOfSpeech.Propn && before.Length > 1 && before[^2].Pos == PartOfSpeech.Adp)
        {
            return FirstIndex(readings, verbal: false);
        }

        if (previous.Pos == PartOfSpeech.Propn && before.Length > 1 && before[^2].Pos == PartOfSpeech.Det
            && FirstIndex(readings, verbal: true) is var verb && readings[verb].IsVerbal && readings[verb].Features.StartsWith("inf", StringComparison.Ordinal))
        {
            return FirstIndex(readings, verbal: false);
        }

        return previous.Pos switch
        {
            PartOfSpeech.Det or PartOfSpeech.Adp or PartOfSpeech.Num => FirstIndex(readings, verbal: false),
            // Only a noun or adjective yields to a verb: function-word readings ("'s" as possessive) stay first.
            PartOfSpeech.Aux or PartOfSpeech.Pron or PartOfSpeech.Propn or PartOfSpeech.Part when readings[0].IsNominal => FirstIndex(readings, verbal: true),
            _ => 0,
        };
    }

    private static int ParticipleIndex(ReadOnlySpan<Reading> readings)
    {
        for (var i = 0; i < readings.Length; i++)
        {
            if (readings[i].IsVerbal && IsParticiple(readings[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether one of the reading's comma-separated tags is a past participle (<c>pp</c>, <c>pp.ms</c>…).</summary>
    private static bool IsParticiple(Reading reading)
    {
        foreach (var range in reading.Features.AsSpan().Split(','))
        {
            if (reading.Features.AsSpan()[range].StartsWith("pp", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstIndex(ReadOnlySpan<Reading> readings, bool verbal)
    {
        for (var i = 0; i < readings.Length; i++)
        {
            if (verbal ? readings[i].IsVerbal : readings[i].IsNominal)
            {
                return i;
            }
        }

        return 0;
    }
}

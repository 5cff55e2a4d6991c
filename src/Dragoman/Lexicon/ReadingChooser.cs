using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>
/// Picks the primary reading of an ambiguous form from its left context: after a determiner,
/// preposition or numeral a noun is likelier ("la firma", "the attacks"); after an auxiliary
/// (skipping adverbs: "ha già firmato"), a pronoun, a proper name or a negation a verb is likelier
/// ("è stata firmata", "Russia attacks"), and among verb readings after an auxiliary the past
/// participle ("ha detto" is dire, not the present of dettare). Otherwise the lexicon's order stands.
/// </summary>
internal static class ReadingChooser
{
    private const int MaxAdverbsSkipped = 2;

    public static int Choose(IReadOnlyList<Reading> readings, ReadOnlySpan<Token> before)
    {
        if (readings.Count < 2 || before.IsEmpty)
        {
            return 0;
        }

        var previous = before[^1];
        for (var skipped = 0; previous.Pos == PartOfSpeech.Adv && skipped < MaxAdverbsSkipped && before.Length > skipped + 1; skipped++)
        {
            previous = before[^(skipped + 2)];
        }

        if (previous.Pos == PartOfSpeech.Aux && ParticipleIndex(readings) is var participle and > 0)
        {
            return participle;
        }

        // "the American air base", "the Russian attack": a bare verb form right after a determiner and
        // a name used as a modifier is a noun; "the Kremlin says" keeps its verb.
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

    private static int ParticipleIndex(IReadOnlyList<Reading> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i].IsVerbal && readings[i].Features.StartsWith("pp", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstIndex(IReadOnlyList<Reading> readings, bool verbal)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            if (verbal ? readings[i].IsVerbal : readings[i].IsNominal)
            {
                return i;
            }
        }

        return 0;
    }
}

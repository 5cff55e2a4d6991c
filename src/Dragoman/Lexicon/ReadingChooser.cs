using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>
/// Picks the primary reading of an ambiguous form from its left context: after a determiner,
/// preposition or numeral a noun is likelier ("la firma", "the attacks"); after an auxiliary
/// (skipping adverbs: "ha già firmato"), a pronoun, a proper name or a negation a verb is likelier
/// ("è stata firmata", "Russia attacks"). Otherwise the lexicon's order stands.
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

        return previous.Pos switch
        {
            PartOfSpeech.Det or PartOfSpeech.Adp or PartOfSpeech.Num => FirstIndex(readings, verbal: false),
            // Only a noun or adjective yields to a verb: function-word readings ("'s" as possessive) stay first.
            PartOfSpeech.Aux or PartOfSpeech.Pron or PartOfSpeech.Propn or PartOfSpeech.Part when readings[0].IsNominal => FirstIndex(readings, verbal: true),
            _ => 0,
        };
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

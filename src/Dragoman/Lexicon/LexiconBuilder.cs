using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>
/// Collects readings per form while a lexicon loads, merging tags of the same lemma and part of
/// speech, then freezes them with function words first, auxiliaries next, nominals, then verbs.
/// </summary>
internal sealed class LexiconBuilder
{
    private readonly Dictionary<string, List<Reading>> forms = new(StringComparer.Ordinal);

    public void Add(string form, string lemma, PartOfSpeech pos, string features)
    {
        if (!forms.TryGetValue(form, out var readings))
        {
            forms[form] = readings = new List<Reading>(1);
        }

        for (var i = 0; i < readings.Count; i++)
        {
            var existing = readings[i];
            if (existing.Pos == pos && existing.Lemma == lemma)
            {
                if (!HasTag(existing.Features, features))
                {
                    readings[i] = existing with { Features = existing.Features + "," + features };
                }

                return;
            }
        }

        readings.Add(new Reading(lemma, pos, features));
    }

    public FormTable Freeze() =>
        new(forms.Select(p => KeyValuePair.Create(
            p.Key,
            new FormAnalysis(p.Value.Count == 1 ? p.Value.ToArray() : p.Value.OrderBy(r => Rank(r.Pos)).ToArray()))));

    private static int Rank(PartOfSpeech pos) => pos switch
    {
        PartOfSpeech.Aux => 1,
        PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Propn => 2,
        PartOfSpeech.Verb => 3,
        _ => 0,
    };

    private static bool HasTag(string features, string tag)
    {
        foreach (var range in features.AsSpan().Split(','))
        {
            if (features.AsSpan()[range].SequenceEqual(tag))
            {
                return true;
            }
        }

        return false;
    }
}

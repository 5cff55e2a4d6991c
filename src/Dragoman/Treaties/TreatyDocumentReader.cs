using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Treaties;

/// <summary>
/// Reads one document's treaties: finds mentions, resolves them to treaties (year, "nuovo", "quel",
/// knowledge-base alias, else the document's main treaty), then attaches parties, signing, status and
/// provisions stated in the same sentences. One instance per document.
/// </summary>
internal sealed class TreatyDocumentReader
{
    private const int NegatorWindow = 6;
    private const int CarryOverSentences = 3;
    private const int BetweenWindow = 8;

    private readonly Document document;
    private readonly TreatyCues cues;
    private readonly List<TreatyDraft> drafts = [];
    private readonly Dictionary<int, string[]> countriesBySentence = [];
    private TreatyDraft? main;
    private TreatyDraft? last;

    public TreatyDocumentReader(Document document, TreatyCues cues)
    {
        this.document = document;
        this.cues = cues;
    }


    public IReadOnlyList<Treaty> Read()
    {
        foreach (var sentence in document.Sentences)
        {
            // Without a treaty head, alias or provision cue a sentence neither names a treaty nor adds a fact to one.
            if (!HasFactCue(sentence))
            {
                continue;
            }

            var words = new SentenceWords(document, sentence, cues);
            var mentions = TreatyMentionFinder.Find(words);
            var resolved = new List<(TreatyMention Mention, TreatyDraft Draft)>();
            foreach (var mention in mentions)
            {
                resolved.Add((mention, last = Resolve(mention)));
            }

            var basis = FactBasis.FromSentence(document.Id, sentence.Index, document.Text[sentence.Start..sentence.End]);
            foreach (var (mention, draft) in resolved)
            {
                Describe(words, mention, draft, basis);
            }

            AttachSentenceFacts(words, resolved, basis);
        }

        if (drafts.Count == 0)
        {
            return [];
        }

        FinishDrafts();
        SupersessionInference.Apply(drafts);
        // A bare "the alliance" with no year, signing, status or provision names no particular treaty.
        return drafts.Where(d => d.KnowledgeBaseId is not null || (d.Parties.Count > 0 && (d.Year is not null || d.Status is not null || d.HasProvisions))).Select(d => d.Build(document.Id, "treaty", document.PublicationDate)).ToArray();
    }

    private bool HasFactCue(Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var t = sentence.TokenStart; t < sentence.TokenEnd; t++)
        {
            if (cues.FactPhrases.AnyAt(tokens, t, sentence.TokenEnd, cues.Skipped))
            {
                return true;
            }
        }

        return false;
    }

    private TreatyDraft Resolve(TreatyMention mention)
    {
        if (mention.KnowledgeBaseId is { } id)
        {
            // A named treaty that opens the document is its main treaty ("the new pact" refers back to it).
            return drafts.FirstOrDefault(d => d.KnowledgeBaseId == id) ?? (main is null
                ? main = Add(new TreatyDraft(drafts.Count + 1) { KnowledgeBaseId = id, IsMain = true })
                : Add(new TreatyDraft(drafts.Count + 1) { KnowledgeBaseId = id }));
        }

        if (mention.Year is { } year)
        {
            return drafts.FirstOrDefault(d => d.Year == year && d.KnowledgeBaseId is null) ?? Add(new TreatyDraft(drafts.Count + 1) { Year = year });
        }

        if (mention.IsDistal && last is not null)
        {
            return last;
        }

        if (mention.IsNew)
        {
            return main ??= Add(new TreatyDraft(drafts.Count + 1) { IsMain = true });
        }

        return main ?? last ?? (main = Add(new TreatyDraft(drafts.Count + 1) { IsMain = true }));
    }

    private TreatyDraft Add(TreatyDraft draft)
    {
        drafts.Add(draft);
        return draft;
    }

    private void Describe(SentenceWords words, TreatyMention mention, TreatyDraft draft, FactBasis basis)
    {
        var first = document.Tokens[words.TokenIndices[mention.WordStart]];
        var lastToken = document.Tokens[words.TokenIndices[Math.Max(mention.WordStart, mention.After - 1)]];
        draft.AddMention(new TreatyMentionSpan(mention.Sentence, first.Start, lastToken.End, document.Text[first.Start..lastToken.End]), basis);
        if (mention.QualifierType is { } type)
        {
            draft.Provision(type, excluded: false, basis);
        }

        if (Between(words, mention) is { Count: >= 2 } between)
        {
            draft.SetParties(between, PartySource.Between, basis);
        }

        var countries = CountriesOf(mention.Sentence);
        if (countries.Length == 2)
        {
            draft.SetParties(countries, PartySource.Sentence, basis);
        }
    }

    /// <summary>"tra Pyongyang e Mosca": the countries of the actor mentions right after a between-word that follows the mention.</summary>
    private List<string>? Between(SentenceWords words, TreatyMention mention)
    {
        var hit = words.Hits.FirstOrDefault(h => h.Cue.Kind == CueKind.Between && h.WordStart >= mention.After && h.WordStart <= mention.After + 2);
        if (hit.Cue is null)
        {
            return null;
        }

        var fromToken = words.TokenIndices[Math.Min(hit.WordEnd, words.Count - 1)];
        var toToken = words.TokenIndices[Math.Min(hit.WordEnd + BetweenWindow, words.Count - 1)];
        return document.Mentions
            .Where(m => m.Sentence == mention.Sentence && m.TokenStart >= fromToken && m.TokenStart <= toToken)
            .OrderBy(m => m.TokenStart)
            .SelectMany(m => m.AllActors)
            .Select(a => a.Country)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
    }

    private void AttachSentenceFacts(SentenceWords words, List<(TreatyMention Mention, TreatyDraft Draft)> resolved, FactBasis basis)
    {
        var carried = resolved.Count == 0 && last is not null && words.Sentence.Index - last.LastSentence <= CarryOverSentences ? last : null;
        foreach (var hit in words.Hits)
        {
            var target = Nearest(resolved, hit) ?? (hit.Cue.Kind is CueKind.Provision or CueKind.Automatic or CueKind.Discretionary ? carried : null);
            if (target is null)
            {
                continue;
            }

            switch (hit.Cue.Kind)
            {
                case CueKind.Provision:
                    target.Provision(Enum.Parse<ProvisionType>(hit.Cue.Value!, ignoreCase: true), IsNegated(words, hit), basis);
                    break;
                case CueKind.Automatic or CueKind.Discretionary:
                    var provision = target.Provision(Enum.Parse<ProvisionType>(hit.Cue.Value!, ignoreCase: true), IsNegated(words, hit), basis);
                    provision.Mode = hit.Cue.Kind == CueKind.Automatic ? AssistanceMode.Automatic : AssistanceMode.Discretionary;
                    break;
                case CueKind.Condition:
                    var phrase = SpanText(words, hit);
                    target.Provision(ProvisionType.Defence, excluded: false, basis)
                        .AddCondition(new TreatyCondition(hit.Cue.Value == "state_of_war" ? ConditionKind.StateOfWar : ConditionKind.Other, phrase));

                    break;
                case CueKind.Status:
                    target.SetStatus(TreatyValues.TryStatus(hit.Cue.Value!) ?? TreatyStatus.Unknown, basis);
                    break;
                case CueKind.EndEvent:
                    var date = FuzzyDate.TryParse(hit.Cue.Value!, out var d) ? d : (FuzzyDate?)null;
                    target.Ended ??= date;
                    target.EndReason ??= SpanText(words, hit);
                    target.SetStatus(TreatyStatus.Terminated, basis);
                    if (hit.Cue.Extra?.Split('>') is [var predecessor, var successor] && date is { } when)
                    {
                        target.ApplySuccession(predecessor, successor, when);
                        target.PendingSuccession = (predecessor, successor, when);
                    }

                    break;
                default:
                    break;
            }
        }

        SigningFacts(words, resolved, basis);
    }

    private string SpanText(SentenceWords words, CueHit hit) =>
        document.Text[document.Tokens[words.TokenIndices[hit.WordStart]].Start..document.Tokens[words.TokenIndices[hit.WordEnd - 1]].End];

    private static TreatyDraft? Nearest(List<(TreatyMention Mention, TreatyDraft Draft)> resolved, CueHit hit)
    {
        TreatyDraft? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (mention, draft) in resolved)
        {
            var distance = hit.WordStart >= mention.After ? hit.WordStart - mention.After : Math.Max(0, mention.WordStart - hit.WordEnd);
            if (distance < bestDistance)
            {
                best = draft;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool IsNegated(SentenceWords words, CueHit hit) =>
        words.Hits.Any(h => h.Cue.Kind == CueKind.Negator && h.WordEnd <= hit.WordStart && hit.WordStart - h.WordEnd <= NegatorWindow);

    private void SigningFacts(SentenceWords words, List<(TreatyMention Mention, TreatyDraft Draft)> resolved, FactBasis basis)
    {
        if (resolved.Count == 0)
        {
            return;
        }

        var signWord = -1;
        for (var w = 0; w < words.Count && signWord < 0; w++)
        {
            var token = document.Tokens[words.TokenIndices[w]];
            if (token.Pos == PartOfSpeech.Verb && token.VerbLemma is { } lemma && cues.SignLemmas.Contains(lemma))
            {
                signWord = w;
            }
        }

        if (signWord < 0)
        {
            return;
        }

        var draft = resolved.OrderBy(r => Math.Abs(r.Mention.WordStart - signWord)).First().Draft;
        draft.SetStatus(TreatyStatus.Signed, basis, overrideSigned: false);
        var weekday = words.Lower.Select(w => cues.Weekdays.TryGetValue(w, out var day) ? day : 0).FirstOrDefault(d => d > 0);
        if (weekday > 0 && document.PublicationDate is { } published)
        {
            var back = ((int)published.DayOfWeek + 6) % 7 + 1 - weekday;
            draft.Signed = FuzzyDate.OfDay(published.AddDays(-(back < 0 ? back + 7 : back)));
            draft.Year ??= draft.Signed.Value.Year;
        }

        var signers = CountriesOf(words.Sentence.Index);
        draft.SetParties(signers, PartySource.Signing, basis);
    }

    /// <summary>The distinct countries of the actors mentioned in a sentence, in order of mention; computed once per sentence.</summary>
    private string[] CountriesOf(int sentence)
    {
        if (!countriesBySentence.TryGetValue(sentence, out var countries))
        {
            var found = new List<string>();
            foreach (var mention in document.Mentions)
            {
                if (mention.Sentence != sentence)
                {
                    continue;
                }

                foreach (var actor in mention.AllActors)
                {
                    if (actor.Country is { } country && !found.Contains(country, StringComparer.Ordinal))
                    {
                        found.Add(country);
                    }
                }
            }

            countries = found.ToArray();
            countriesBySentence[sentence] = countries;
        }

        return countries;
    }

    /// <summary>The two countries most often named in the document (ties by code).</summary>
    private string[] MainDyad()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Members.Count == 0)
            {
                Count(counts, mention.Actor);
            }

            for (var k = 0; k < mention.Members.Count; k++)
            {
                Count(counts, mention.Members[k]);
            }
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(2).Select(p => p.Key).ToArray();
    }

    private static void Count(Dictionary<string, int> counts, Actor actor)
    {
        if (actor.Country is { } country)
        {
            counts[country] = counts.GetValueOrDefault(country) + 1;
        }
    }

    private void FinishDrafts()
    {
        var dyad = MainDyad();
        var dyadBasis = new FactBasis(BasisKind.Inferred, $"{document.Id}: the document's main pair of countries") { DocumentId = document.Id };
        foreach (var draft in drafts)
        {
            draft.SetParties(dyad, PartySource.MainDyad, dyadBasis);
            if (draft.IsMain && draft.Year is null && draft.Status == TreatyStatus.Signed && document.PublicationDate is { } published)
            {
                draft.Year = published.Year;
            }

            if (draft.PendingSuccession is var (predecessor, successor, when))
            {
                draft.ApplySuccession(predecessor, successor, when);
            }
        }
    }
}

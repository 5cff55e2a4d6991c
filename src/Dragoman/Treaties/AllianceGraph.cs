using System.Collections.Frozen;

namespace Dragoman.Treaties;

/// <summary>
/// The knowledge base merged with treaties extracted from documents. A document treaty that matches a
/// knowledge-base one (alias, or same parties and year) adds its sentences as further bases and its
/// disagreements as conflicts; it never overwrites a knowledge-base fact. Unmatched document treaties
/// stand on their own.
/// </summary>
public sealed class AllianceGraph
{
    private readonly FrozenDictionary<string, Treaty> byId;
    private readonly Dictionary<string, List<Treaty>> confirmations = new(StringComparer.Ordinal);

    public AllianceGraph(IEnumerable<Treaty> knowledgeBase, IEnumerable<Treaty> extracted)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(extracted);
        var kb = knowledgeBase.ToList();
        var treaties = new List<Treaty>(kb);
        foreach (var treaty in extracted)
        {
            if (Match(kb, treaty) is { } known)
            {
                if (!confirmations.TryGetValue(known.Id, out var list))
                {
                    confirmations[known.Id] = list = [];
                }

                list.Add(treaty);
            }
            else
            {
                treaties.Add(treaty);
            }
        }

        Treaties = treaties;
        byId = treaties.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Treaty> Treaties { get; }

    public Treaty? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The document treaties that describe a knowledge-base treaty.</summary>
    public IReadOnlyList<Treaty> ConfirmationsOf(string id) => confirmations.TryGetValue(id, out var list) ? list : [];

    public (TreatyPhase Phase, string Explanation) PhaseOn(Treaty treaty, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        return TreatyTimeline.PhaseOn(treaty, date, Find, treaty.StatedOn);
    }

    /// <summary>Where documents disagree with the knowledge base about a treaty.</summary>
    public IReadOnlyList<string> ConflictsOf(Treaty treaty)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        var conflicts = new List<string>();
        foreach (var doc in ConfirmationsOf(treaty.Id))
        {
            if (doc.Status is TreatyStatus.Terminated or TreatyStatus.Superseded && treaty.Ended is null && treaty.SupersededBy is null)
            {
                conflicts.Add($"{doc.Basis.Citation} says {TreatyValues.Name(doc.Status)}; the knowledge base records no end");
            }

            foreach (var p in doc.Provisions.Where(p => !p.Excluded && !treaty.Provisions.Any(k => k.Type == p.Type && !k.Excluded)))
            {
                conflicts.Add($"{p.Basis?.Citation ?? doc.Id} states a {TreatyValues.Name(p.Type)} provision the knowledge base does not record");
            }

            foreach (var p in doc.Provisions.Where(p => p.Excluded && treaty.Provisions.Any(k => k.Type == p.Type && !k.Excluded && (p.Mode == AssistanceMode.Unspecified || k.Mode == p.Mode))))
            {
                conflicts.Add($"{p.Basis?.Citation ?? doc.Id} says the treaty lacks a {TreatyValues.Name(p.Mode)} {TreatyValues.Name(p.Type)} provision the knowledge base records");
            }
        }

        return conflicts;
    }

    public IReadOnlyList<AllyTie> Ask(AllianceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new AllianceQueryRunner(this, query).Run();
    }

    private static Treaty? Match(IReadOnlyList<Treaty> kb, Treaty extracted)
    {
        if (extracted.KnowledgeBaseId is { } id)
        {
            return kb.FirstOrDefault(t => t.Id == id);
        }

        var parties = PartyKey(extracted);
        return kb.FirstOrDefault(t => t.Year == extracted.Year && extracted.Year is not null && PartyKey(t) == parties);
    }

    private static string PartyKey(Treaty treaty) =>
        string.Join('+', treaty.Parties.Select(p => p.Successor ?? p.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}

namespace Dragoman.Treaties;

/// <summary>Answers one <see cref="AllianceQuery"/> over an <see cref="AllianceGraph"/>.</summary>
internal sealed class AllianceQueryRunner(AllianceGraph graph, AllianceQuery query)
{
    private readonly List<AllyTie> ties = [];

    public IReadOnlyList<AllyTie> Run()
    {
        foreach (var treaty in graph.Treaties)
        {
            Add(treaty);
        }

        return ties
            .OrderBy(t => t.Standing)
            .ThenBy(t => t.Provision?.Mode == AssistanceMode.Automatic ? 0 : 1)
            .ThenBy(t => t.Treaty.Name, StringComparer.Ordinal)
            .ThenBy(t => t.Helper, StringComparer.Ordinal)
            .ToArray();
    }

    private void Add(Treaty treaty)
    {
        var date = query.Date;
        var self = treaty.Parties.Where(p => p.Code == query.Country || p.CodeOn(date) == query.Country).ToArray();
        if (self.Length == 0)
        {
            return;
        }

        var bases = Bases(treaty);
        var conflicts = graph.ConflictsOf(treaty);
        var others = string.Join(' ', treaty.Parties.Where(p => !self.Contains(p)).Select(p => p.CodeOn(date)).Distinct(StringComparer.Ordinal));
        if (!treaty.IsAlliance)
        {
            ties.Add(new AllyTie(others, treaty, TieStanding.NotAlliance, treaty.Note ?? "not an alliance") { Bases = bases, Conflicts = conflicts });
            return;
        }

        var (phase, explanation) = graph.PhaseOn(treaty, date);
        if (phase == TreatyPhase.NotYetSigned)
        {
            return;
        }

        // A signed treaty not yet in force is judged by the membership it will have when it enters into force.
        var memberDate = phase == TreatyPhase.Pending && treaty.InForce is { } inForce ? inForce.Latest : date;
        if (!self.Any(p => p.IsMemberOn(memberDate)))
        {
            var joined = self.Select(p => p.Joined).FirstOrDefault(j => j is { } d && d.Earliest > date);
            var why = joined is { } j ? $"{query.Country} is not a party until {j}" : $"{query.Country} is no longer a party";
            ties.Add(new AllyTie("-", treaty, TieStanding.Excluded, why) { Bases = bases, Conflicts = conflicts });
            return;
        }

        var defended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var provision in treaty.Provisions.Where(p => !p.Excluded && p.AppliesOn(date) && p.Type is ProvisionType.Defence or ProvisionType.Consultation).OrderBy(p => p.Type))
        {
            if (!self.Any(p => provision.Protects(p.Code) || provision.Protects(p.CodeOn(date))))
            {
                continue;
            }

            foreach (var party in treaty.Parties.Where(p => !self.Contains(p) && p.IsMemberOn(memberDate)))
            {
                var helper = party.CodeOn(date);
                if (helper == query.Country || !(provision.Binds(party.Code) || provision.Binds(helper)))
                {
                    continue;
                }

                if (provision.Type == ProvisionType.Consultation && defended.Contains(helper))
                {
                    continue;
                }

                var checks = ConditionChecker.Check(provision, query);
                var (standing, reason) = Standing(phase, explanation, provision, checks);
                if (provision.Type == ProvisionType.Defence)
                {
                    defended.Add(helper);
                }

                var successorNote = helper != party.Code ? $" (as successor of {party.Code})" : string.Empty;
                ties.Add(new AllyTie(helper, treaty, standing, reason + successorNote)
                {
                    Provision = provision,
                    Conditions = checks,
                    Bases = [.. provision.Basis is { } b ? [b] : Array.Empty<FactBasis>(), .. bases],
                    Conflicts = conflicts,
                });
            }
        }
    }

    private static (TieStanding, string) Standing(TreatyPhase phase, string explanation, Provision provision, IReadOnlyList<ConditionCheck> checks)
    {
        if (phase == TreatyPhase.Ended)
        {
            return (TieStanding.Excluded, explanation);
        }

        if (phase == TreatyPhase.Pending)
        {
            return (TieStanding.Pending, explanation);
        }

        if (checks.FirstOrDefault(c => c.Holds == false) is { } failed)
        {
            return (TieStanding.Excluded, $"condition fails: {failed.Explanation}");
        }

        return provision.Type == ProvisionType.Consultation ? (TieStanding.Consultation, explanation) : (TieStanding.Binding, explanation);
    }

    private IReadOnlyList<FactBasis> Bases(Treaty treaty) =>
        [treaty.Basis, .. graph.ConfirmationsOf(treaty.Id).Select(d => d.Basis)];
}

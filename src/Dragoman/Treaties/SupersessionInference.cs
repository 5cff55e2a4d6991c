namespace Dragoman.Treaties;

/// <summary>
/// Treaties of one document between the same parties form a chain: each dated treaty supersedes the
/// one before it (the 2024 pact supersedes the 2000 treaty, which superseded the 1961 one). The
/// chain is an inference, recorded as such; statuses stay as the text states them.
/// </summary>
internal static class SupersessionInference
{
    public static void Apply(IReadOnlyList<TreatyDraft> drafts)
    {
        // A chain needs two treaties.
        if (drafts.Count < 2)
        {
            return;
        }

        var chains = drafts
            .Where(d => d.Year is not null && d.Parties.Count >= 2)
            .GroupBy(d => string.Join('+', d.Parties.Select(p => p.Successor ?? p.Code).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            var ordered = chain.OrderBy(d => d.Year).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                if (ordered[i].Year != ordered[i - 1].Year)
                {
                    ordered[i].Supersedes.Add($"#t{ordered[i - 1].Number}");
                }
            }
        }
    }
}

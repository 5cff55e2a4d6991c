using Dragoman.Evaluation;

namespace Dragoman.Tests.Golden;

/// <summary>Turns spec cases into gold documents so they are scored exactly like gold-dev.jsonl.</summary>
public static class SpecGold
{
    public static GoldDocument From(SpecCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var required = c.Events.Where(e => !e.Optional && !e.Negated && !e.Hypothetical).Select(ToGold).ToList();
        var optional = c.Events.Where(e => e.Optional).Select(ToGold).ToList();
        return new GoldDocument(c.Id, c.Language, c.Date, c.Text, required, optional);
    }

    private static GoldEvent ToGold(SpecEvent e) => new(e.Sources, e.Targets, e.Roots, e.Symmetric);
}

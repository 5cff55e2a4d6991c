namespace Dragoman.Treaties;

/// <summary>A provision being assembled from the cue phrases of several sentences.</summary>
internal sealed class ProvisionDraft(ProvisionType type, bool excluded, FactBasis basis)
{
    private readonly List<TreatyCondition> conditions = [];

    public ProvisionType Type { get; } = type;

    public bool Excluded { get; } = excluded;

    public AssistanceMode Mode { get; set; }

    public FactBasis Basis { get; } = basis;

    public void AddCondition(TreatyCondition condition)
    {
        if (!conditions.Any(c => c.Kind == condition.Kind))
        {
            conditions.Add(condition);
        }
    }

    public Provision Build() => new(Type) { Mode = Mode, Excluded = Excluded, Conditions = conditions.ToArray(), Basis = Basis };
}

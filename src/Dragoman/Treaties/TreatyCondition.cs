namespace Dragoman.Treaties;

/// <summary>
/// A limit on a provision. <see cref="Values"/> are what satisfies it (adversary codes, places known
/// to be covered); <see cref="Outside"/> are places known not to be covered.
/// </summary>
public sealed record TreatyCondition(ConditionKind Kind, string Text)
{
    public IReadOnlyList<string> Values { get; init; } = [];

    public IReadOnlyList<string> Outside { get; init; } = [];
}

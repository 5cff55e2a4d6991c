namespace Dragoman.Coding;

/// <summary>One line of a pattern dictionary: trigger lemma (+ particles), required words, target rule, CAMEO code.</summary>
public sealed record EventPattern(string Code, string Lemma, string[] Particles, string Rule)
{
    /// <summary>The CAMEO root (the code's first two digits), cut once: grammar keys of roots are checked per matched verb.</summary>
    public string Root { get; } = Code.Length >= 2 ? Code[..2] : Code;

    /// <summary>Alternatives, each a word sequence; at least one must occur in the clause.</summary>
    public PatternWords[] Requires { get; init; } = [];

    public PatternWords[] Forbidden { get; init; } = [];

    public TargetKind Target { get; init; } = TargetKind.Object;

    /// <summary>Base prepositions accepted for <see cref="TargetKind.Preposition"/>.</summary>
    public IReadOnlyList<string> TargetPrepositions { get; init; } = [];

    public PatternFlags Flags { get; init; }

    /// <summary>CAMEO sector codes the source must carry (flag <c>by:COP|MIL</c>): security forces storming a building raid it, a crowd protests.</summary>
    public string[] SourceSectors { get; init; } = [];

    /// <summary>Sector codes the source must not carry (flag <c>!by:COP|MIL</c>).</summary>
    public string[] ExcludedSourceSectors { get; init; } = [];

    public bool Has(PatternFlags flag) => (Flags & flag) == flag;

    /// <summary>Longer triggers and patterns with required words are more specific and win ties.</summary>
    public int Specificity => (Particles.Length * 10) + (Requires.Length > 0 ? 5 : 0) + (Target == TargetKind.Preposition ? 1 : 0);
}

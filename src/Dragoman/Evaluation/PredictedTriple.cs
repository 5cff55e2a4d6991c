namespace Dragoman.Evaluation;

/// <summary>What scoring keeps of an asserted event: primary source, primary target, CAMEO root.</summary>
public sealed record PredictedTriple(string? Source, string? Target, string Root)
{
    public override string ToString() => $"{Source ?? "None"}->{Target ?? "None"} {Root}";
}

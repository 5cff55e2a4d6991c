namespace Dragoman.Quantities;

/// <summary>
/// A number with its unit ("oltre 11.000 container" → 11000, container, min). <see cref="Bound"/> is
/// "exact", "min" (a lower bound: oltre, more than, dozens of), "max" or "approx".
/// </summary>
public sealed record Quantity(int Sentence, int TokenStart, int TokenEnd, int Start, int End, double Value, string? Unit, string Bound);

namespace Dragoman.Tests.Golden;

/// <summary><c>- SRC ROOT TGT [sym] [optional] [negated] [hypothetical]</c></summary>
public sealed record SpecEvent(string[] Sources, string[] Targets, string[] Roots, bool Symmetric, bool Optional, bool Negated, bool Hypothetical);

namespace Dragoman.Quotes;

/// <summary>A stretch of original text between an opening mark at <see cref="Open"/> and its closing mark at <see cref="Close"/>.</summary>
public readonly record struct QuoteSpan(int Open, int Close);

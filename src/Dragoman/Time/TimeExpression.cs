namespace Dragoman.Time;

/// <summary>
/// A time expression of a sentence ("mercoledì", "19 June 2024", "nel 2000") resolved against the
/// publication date: <see cref="Date"/> reads it as past or present, <see cref="FutureDate"/> as
/// future (they differ only for bare weekdays, months and days). A <see cref="NounModifier"/> ("il
/// trattato del 1961") names a time but never dates the clause's event.
/// </summary>
public sealed record TimeExpression(int Sentence, int TokenStart, int TokenEnd, int Start, int End, string Text)
{
    public DateOnly? Date { get; init; }

    public DateOnly? FutureDate { get; init; }

    public TimeGranularity Granularity { get; init; }

    public bool NounModifier { get; init; }

    public DateOnly? DateFor(bool future) => future ? FutureDate ?? Date : Date;
}

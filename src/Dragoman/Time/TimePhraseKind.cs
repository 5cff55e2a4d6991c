namespace Dragoman.Time;

/// <summary>The keys of data/time/&lt;iso&gt;.tsv.</summary>
public enum TimePhraseKind
{
    Weekday,
    Month,
    DayOffset,
    WeekOffset,
    MonthOffset,
    YearOffset,
    AnchoredOffset,
    Past,
    Next,
    YearPrefix,
    MonthPrefix,
    ModifierPrefix,
    ModifierSuffix,
    NumberWord,
    AgoUnit,
    Ago,
}

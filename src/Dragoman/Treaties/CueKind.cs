namespace Dragoman.Treaties;

/// <summary>The kinds of line in <c>data/treaties/cues-&lt;iso&gt;.tsv</c>.</summary>
public enum CueKind
{
    Head,
    Qualifier,
    Provision,
    Automatic,
    Discretionary,
    Negator,
    Condition,
    Status,
    EndEvent,
    New,
    Distal,
    Between,
    And,
    YearPreposition,
    Sign,
    Weekday,
    Skip,
    Alias,
}

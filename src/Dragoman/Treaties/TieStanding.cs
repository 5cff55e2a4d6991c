namespace Dragoman.Treaties;

/// <summary>How a tie stands on the asked date: binding, pending entry into force, consultation only, excluded (with a reason), or not an alliance at all.</summary>
public enum TieStanding
{
    Binding,
    Pending,
    Consultation,
    Excluded,
    NotAlliance,
}

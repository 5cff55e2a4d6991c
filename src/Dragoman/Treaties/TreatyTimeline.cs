namespace Dragoman.Treaties;

/// <summary>Tells where a treaty stands on a date, and says why in words.</summary>
internal static class TreatyTimeline
{
    public static (TreatyPhase Phase, string Explanation) PhaseOn(Treaty treaty, DateOnly date, Func<string, Treaty?> find, DateOnly? statedOn)
    {
        if (treaty.Signed is { } signed && date < signed.Earliest)
        {
            return (TreatyPhase.NotYetSigned, $"not signed until {signed}");
        }

        if (treaty.Ended is { } ended && date >= ended.Latest)
        {
            var how = treaty.EndReason ?? (treaty.SupersededBy is { } by ? $"superseded by {find(by)?.Name ?? by}" : TreatyValues.Name(treaty.Status));
            return (TreatyPhase.Ended, $"ended {ended}: {how}");
        }

        if (treaty.SupersededBy is { } successorId && find(successorId) is { } successor && PhaseOn(successor, date, find, statedOn).Phase == TreatyPhase.InForce)
        {
            return (TreatyPhase.Ended, $"superseded by {successor.Name}");
        }

        if (treaty.InForce is { } inForce)
        {
            return date < inForce.Earliest
                ? (TreatyPhase.Pending, $"signed {treaty.Signed}, in force only from {inForce}")
                : (TreatyPhase.InForce, $"in force since {inForce}");
        }

        return treaty.Status switch
        {
            TreatyStatus.Signed => (TreatyPhase.Pending, $"signed {treaty.Signed}; entry into force not recorded"),
            TreatyStatus.Terminated or TreatyStatus.Superseded when statedOn is { } stated && date >= stated =>
                (TreatyPhase.Ended, $"{TreatyValues.Name(treaty.Status)} (date not stated; the source says so on {stated:yyyy-MM-dd})"),
            _ => (TreatyPhase.InForce, treaty.Signed is { } s ? $"signed {s}; entry into force not recorded, counted from signing" : "dates not recorded"),
        };
    }
}

namespace Dragoman.Storage.Export;

/// <summary>The 61 columns of a GDELT 2.0 event record, in the order of GDELT's event codebook.</summary>
public static class GdeltColumns
{
    public static readonly IReadOnlyList<string> Names =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. Actor("Actor1"),
        .. Actor("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. Geo("Actor1Geo"),
        .. Geo("Actor2Geo"),
        .. Geo("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    private static string[] Actor(string prefix) =>
    [
        $"{prefix}Code", $"{prefix}Name", $"{prefix}CountryCode", $"{prefix}KnownGroupCode", $"{prefix}EthnicCode",
        $"{prefix}Religion1Code", $"{prefix}Religion2Code", $"{prefix}Type1Code", $"{prefix}Type2Code", $"{prefix}Type3Code",
    ];

    private static string[] Geo(string prefix) =>
    [
        $"{prefix}_Type", $"{prefix}_FullName", $"{prefix}_CountryCode", $"{prefix}_ADM1Code", $"{prefix}_ADM2Code",
        $"{prefix}_Lat", $"{prefix}_Long", $"{prefix}_FeatureID",
    ];
}

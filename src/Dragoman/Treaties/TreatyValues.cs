using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Treaties;

/// <summary>Parses the small value vocabularies of the treaty data files (dates, codes, enum names).</summary>
internal static class TreatyValues
{
    public static FuzzyDate Date(DataLine line, string text) =>
        FuzzyDate.TryParse(text, out var date) ? date : throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadTreatyDate(text));

    public static FuzzyDate? OptionalDate(DataLine line, string text) =>
        text.Length == 0 || text == "-" ? null : Date(line, text);

    public static string Code(DataLine line, string text) =>
        text.Length == 3 && text.All(char.IsAsciiLetterUpper) ? text : throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadCountryCode(text));

    public static IReadOnlyList<string> Codes(DataLine line, string field) =>
        DataLine.SplitList(field).Select(c => Code(line, c)).ToArray();

    public static ProvisionType Type(DataLine line, string text) => text switch
    {
        "defence" => ProvisionType.Defence,
        "offence" => ProvisionType.Offence,
        "neutrality" => ProvisionType.Neutrality,
        "nonaggression" => ProvisionType.Nonaggression,
        "consultation" => ProvisionType.Consultation,
        _ => throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadTreatyValue("provision type", text, "defence, offence, neutrality, nonaggression or consultation")),
    };

    public static AssistanceMode Mode(DataLine line, string text) => text switch
    {
        "automatic" => AssistanceMode.Automatic,
        "discretionary" => AssistanceMode.Discretionary,
        "-" or "unspecified" => AssistanceMode.Unspecified,
        _ => throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadTreatyValue("mode", text, "automatic, discretionary or -")),
    };

    public static TreatyStatus Status(DataLine line, string text) =>
        TryStatus(text) ?? throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadTreatyValue("status", text, "signed, in_force, terminated, superseded or unknown"));

    public static TreatyStatus? TryStatus(string text) => text switch
    {
        "signed" => TreatyStatus.Signed,
        "in_force" => TreatyStatus.InForce,
        "terminated" => TreatyStatus.Terminated,
        "superseded" => TreatyStatus.Superseded,
        "unknown" => TreatyStatus.Unknown,
        _ => null,
    };

    public static string Name(TreatyStatus status) => status switch
    {
        TreatyStatus.Signed => "signed",
        TreatyStatus.InForce => "in_force",
        TreatyStatus.Terminated => "terminated",
        TreatyStatus.Superseded => "superseded",
        _ => "unknown",
    };

    public static string Name(ProvisionType type) => type.ToString().ToLowerInvariant();

    public static string Name(AssistanceMode mode) => mode == AssistanceMode.Unspecified ? "unspecified" : mode.ToString().ToLowerInvariant();

    public static string Name(ConditionKind kind) => kind switch
    {
        ConditionKind.StateOfWar => "state_of_war",
        ConditionKind.NonProvocation => "non_provocation",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Treaties;

/// <summary>
/// Parses a knowledge-base <c>provision</c> line:
/// <c>provision TYPE MODE ARTICLE key=value…</c> (see data/README.md, section treaties/).
/// </summary>
internal static class ProvisionLineParser
{
    public static Provision Parse(DataLine line, string treatyName, string treatyCitation)
    {
        var fields = line.Fields;
        var type = TreatyValues.Type(line, fields[1]);
        var mode = fields.Count > 2 ? TreatyValues.Mode(line, fields[2]) : AssistanceMode.Unspecified;
        var article = fields.Count > 3 && fields[3] != "-" ? fields[3] : null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields.Skip(4))
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadProvisionOption(field));
            }

            options[field[..equals].Trim()] = field[(equals + 1)..].Trim();
        }

        var conditions = new List<TreatyCondition>();
        foreach (var (key, value) in options)
        {
            switch (key)
            {
                case "adversary":
                    conditions.Add(new TreatyCondition(ConditionKind.Adversary, options.GetValueOrDefault("adversary-text") ?? $"only against {value}") { Values = TreatyValues.Codes(line, value) });
                    break;
                case "location":
                    conditions.Add(new TreatyCondition(ConditionKind.Location, value)
                    {
                        Values = options.TryGetValue("places", out var places) ? DataLine.SplitList(places) : [],
                        Outside = options.TryGetValue("outside", out var outside) ? DataLine.SplitList(outside) : [],
                    });
                    break;
                case "conflict":
                    conditions.Add(new TreatyCondition(ConditionKind.Conflict, value));
                    break;
                case "war":
                    conditions.Add(new TreatyCondition(ConditionKind.StateOfWar, value));
                    break;
                case "provoked":
                    conditions.Add(new TreatyCondition(ConditionKind.NonProvocation, value));
                    break;
                case "condition":
                    conditions.Add(new TreatyCondition(ConditionKind.Other, value));
                    break;
                case "obliged" or "protected" or "places" or "outside" or "from" or "until" or "note" or "cite" or "excluded" or "adversary-text":
                    break;
                default:
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.BadProvisionOption(key));
            }
        }

        var citation = options.GetValueOrDefault("cite") ?? (article is null ? treatyCitation : $"{treatyName}, {article}");
        return new Provision(type)
        {
            Mode = mode,
            Article = article,
            Obliged = options.TryGetValue("obliged", out var obliged) && obliged != "all" ? TreatyValues.Codes(line, obliged) : [],
            Protected = options.TryGetValue("protected", out var protectedParties) && protectedParties != "all" ? TreatyValues.Codes(line, protectedParties) : [],
            Conditions = conditions,
            Excluded = options.GetValueOrDefault("excluded") == "yes",
            From = options.TryGetValue("from", out var from) ? TreatyValues.Date(line, from) : null,
            Until = options.TryGetValue("until", out var until) ? TreatyValues.Date(line, until) : null,
            Note = options.GetValueOrDefault("note"),
            Basis = FactBasis.FromKnowledgeBase(citation, line.Location),
        };
    }
}

using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Ingest;

/// <summary>The rules of <c>data/ingest/html-meta.tsv</c>, loaded once.</summary>
public sealed class HtmlMetaRules
{
    public const string FileName = "ingest/html-meta.tsv";

    private static readonly string[] Fields = ["title", "date"];
    private static readonly string[] Places = ["meta", "jsonld", "time"];

    private HtmlMetaRules(HtmlMetaRule[] rules) => Rules = rules;

    public IReadOnlyList<HtmlMetaRule> Rules { get; }

    public static HtmlMetaRules Load(DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rules = new List<HtmlMetaRule>();
        foreach (var line in new DataFileReader(data).Read(FileName, 3, 3))
        {
            var rule = new HtmlMetaRule(line.Fields[0], line.Fields[1], line.Fields[2]);
            if (!Fields.Contains(rule.Field) || !Places.Contains(rule.Where) || rule.Name.Length == 0)
            {
                throw new DataFormatException(line.File, line.Number, $"expected field (title|date), where (meta|jsonld|time) and a name, found '{line.Text}'");
            }

            rules.Add(rule);
        }

        return new HtmlMetaRules([.. rules]);
    }

    public IEnumerable<HtmlMetaRule> For(string field) => Rules.Where(r => r.Field == field);
}

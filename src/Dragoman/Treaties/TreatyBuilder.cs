using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Treaties;

/// <summary>Collects the lines of one knowledge-base treaty block, then builds the immutable <see cref="Treaty"/>.</summary>
internal sealed class TreatyBuilder(DataLine header)
{
    private readonly List<string> aliases = [];
    private readonly List<TreatyParty> parties = [];
    private readonly List<DataLine> provisionLines = [];
    private readonly List<string> supersedes = [];
    private FuzzyDate? signed;
    private FuzzyDate? inForce;
    private FuzzyDate? ended;
    private string? endReason;
    private TreatyStatus? status;
    private bool isAlliance = true;
    private string? note;
    private string? citation;

    public string Id { get; } = header.Fields[1];

    public string Name { get; } = header.Fields.Count > 2 ? header.Fields[2] : header.Fields[1];

    public IReadOnlyList<string> SupersededIds => supersedes;

    public void Add(DataLine line)
    {
        var fields = line.Fields;
        var value = fields.Count > 1 ? fields[1] : string.Empty;
        switch (fields[0])
        {
            case "alias": aliases.AddRange(DataLine.SplitList(value)); break;
            case "signed": signed = TreatyValues.Date(line, value); break;
            case "in-force": inForce = TreatyValues.Date(line, value); break;
            case "ended":
                ended = TreatyValues.Date(line, value);
                endReason = fields.Count > 2 ? fields[2] : null;
                break;
            case "status": status = TreatyValues.Status(line, value); break;
            case "supersedes": supersedes.AddRange(DataLine.SplitList(value)); break;
            case "alliance":
                isAlliance = value != "no";
                note = fields.Count > 2 ? fields[2] : note;
                break;
            case "note": note = value; break;
            case "cite": citation = value; break;
            case "party": parties.Add(Party(line)); break;
            case "parties":
                var joined = fields.Count > 2 ? TreatyValues.OptionalDate(line, fields[2]) : null;
                parties.AddRange(TreatyValues.Codes(line, value).Select(c => new TreatyParty(c) { Joined = joined, Basis = Basis(line) }));
                break;
            case "provision": provisionLines.Add(line); break;
            default: throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownTreatyKey(fields[0]));
        }
    }

    public Treaty Build()
    {
        var cite = citation ?? Name;
        return new Treaty
        {
            Id = Id,
            Name = Name,
            Aliases = aliases,
            Parties = parties,
            Signed = signed,
            InForce = inForce,
            Ended = ended,
            EndReason = endReason,
            Status = status ?? (ended is not null ? TreatyStatus.Terminated : inForce is not null ? TreatyStatus.InForce : signed is not null ? TreatyStatus.Signed : TreatyStatus.Unknown),
            Supersedes = supersedes,
            Provisions = provisionLines.Select(l => ProvisionLineParser.Parse(l, Name, cite)).ToArray(),
            IsAlliance = isAlliance,
            Note = note,
            Basis = FactBasis.FromKnowledgeBase(cite, header.Location),
        };
    }

    private FactBasis Basis(DataLine line) => FactBasis.FromKnowledgeBase(citation ?? Name, line.Location);

    private TreatyParty Party(DataLine line)
    {
        var fields = line.Fields;
        string? successor = null;
        FuzzyDate? succession = null;
        var dates = new List<string>();
        foreach (var field in fields.Skip(2))
        {
            if (field.StartsWith("successor=", StringComparison.Ordinal))
            {
                var parts = field["successor=".Length..].Split('@');
                successor = TreatyValues.Code(line, parts[0]);
                succession = parts.Length > 1 ? TreatyValues.Date(line, parts[1]) : null;
            }
            else
            {
                dates.Add(field);
            }
        }

        return new TreatyParty(TreatyValues.Code(line, fields[1]))
        {
            Joined = dates.Count > 0 ? TreatyValues.OptionalDate(line, dates[0]) : null,
            Left = dates.Count > 1 ? TreatyValues.OptionalDate(line, dates[1]) : null,
            Successor = successor,
            SuccessionDate = succession,
            Basis = Basis(line),
        };
    }
}

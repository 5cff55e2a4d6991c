using System.Collections.Frozen;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Treaties;

/// <summary>
/// The curated treaties of <c>data/treaties/kb/*.tsv</c>, each fact with its citation. Loaded once;
/// immutable and safe to share.
/// </summary>
public sealed class TreatyKnowledgeBase
{
    public const string Folder = "treaties/kb";

    private readonly FrozenDictionary<string, Treaty> byId;

    public TreatyKnowledgeBase(IEnumerable<Treaty> treaties)
    {
        ArgumentNullException.ThrowIfNull(treaties);
        Treaties = treaties.ToArray();
        byId = Treaties.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Treaty> Treaties { get; }

    public Treaty? Find(string id) => byId.GetValueOrDefault(id);

    public IEnumerable<Treaty> WithParty(string code) => Treaties.Where(t => t.HasParty(code));

    public static TreatyKnowledgeBase Load(DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var reader = new DataFileReader(data);
        var builders = new List<TreatyBuilder>();
        var locations = new Dictionary<string, DataLine>(StringComparer.Ordinal);
        foreach (var file in data.FilesIn(Folder, "*.tsv"))
        {
            TreatyBuilder? current = null;
            foreach (var line in reader.Read(file, 2))
            {
                if (line.Fields[0] == "treaty")
                {
                    current = new TreatyBuilder(line);
                    if (!locations.TryAdd(current.Id, line))
                    {
                        throw new DataFormatException(line.File, line.Number, ErrorCatalogue.DuplicateTreaty(current.Id));
                    }

                    builders.Add(current);
                    continue;
                }

                if (current is null)
                {
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.TreatyLineBeforeTreaty);
                }

                current.Add(line);
            }
        }

        var treaties = builders.Select(b => b.Build()).ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var builder in builders)
        {
            foreach (var target in builder.SupersededIds)
            {
                if (!treaties.TryGetValue(target, out var superseded))
                {
                    var line = locations[builder.Id];
                    throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownSupersededTreaty(builder.Id, target));
                }

                superseded.SupersededBy = builder.Id;
            }
        }

        return new TreatyKnowledgeBase(builders.Select(b => treaties[b.Id]));
    }
}

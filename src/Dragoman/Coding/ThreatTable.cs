using System.Collections.Frozen;
using Dragoman.Cameo;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Coding;

/// <summary>Which threat code a conditional conflict event becomes (data/patterns/threats.tsv).</summary>
public sealed class ThreatTable
{
    private readonly FrozenDictionary<string, string> byRoot;

    private ThreatTable(FrozenDictionary<string, string> byRoot) => this.byRoot = byRoot;

    public static ThreatTable Load(DataDirectory directory, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(codebook);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in new DataFileReader(directory).Read("patterns/threats.tsv", 2, 2))
        {
            if (!codebook.TryGet(line.Fields[0], out _) || !codebook.TryGet(line.Fields[1], out var threat) || threat.Root != "13")
            {
                throw new DataFormatException(line.File, line.Number, "expected a CAMEO root and a threat code of root 13");
            }

            map[line.Fields[0]] = line.Fields[1];
        }

        return new ThreatTable(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public string? ThreatFor(string code) => byRoot.TryGetValue(code[..2], out var threat) ? threat : null;
}

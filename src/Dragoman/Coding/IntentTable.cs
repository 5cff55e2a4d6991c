using System.Collections.Frozen;
using Dragoman.Cameo;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Coding;

/// <summary>
/// Which intent code a cooperative act one is ready, willing or hoping to do becomes
/// (data/patterns/intents.tsv): "ready to host talks" is an offer to meet (036), not a meeting.
/// </summary>
public sealed class IntentTable
{
    private readonly FrozenDictionary<string, string> byRoot;

    private IntentTable(FrozenDictionary<string, string> byRoot) => this.byRoot = byRoot;

    public static IntentTable Load(DataDirectory directory, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(codebook);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in new DataFileReader(directory).Read("patterns/intents.tsv", 2, 2))
        {
            if (!codebook.TryGet(line.Fields[0], out _) || !codebook.TryGet(line.Fields[1], out var intent) || intent.Root != "03")
            {
                throw new DataFormatException(line.File, line.Number, "expected a CAMEO root or code and an intent code of root 03");
            }

            map[line.Fields[0]] = line.Fields[1];
        }

        return new IntentTable(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The intent code of a 3-digit code listed on its own ("074 0334"), else of its root; null when neither is listed.</summary>
    public string? IntentFor(string code) =>
        code.Length >= 3 && byRoot.TryGetValue(code[..3], out var specific) ? specific : byRoot.TryGetValue(code[..2], out var intent) ? intent : null;
}

using System.Collections.Frozen;
using Dragoman.Cameo;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Coding;

/// <summary>
/// Which code of one CAMEO root an act becomes when it is only threatened or only wished for:
/// data/patterns/threats.tsv maps a conditional act to a threat (root 13), data/patterns/intents.tsv
/// a cooperative act one is ready or hoping to do to an intent (root 03: "ready to host talks" is 036).
/// Each line maps a root or a three-digit code to a code of the table's root.
/// </summary>
public sealed class CodeMapping
{
    private readonly FrozenDictionary<string, string> byCode;

    private CodeMapping(FrozenDictionary<string, string> byCode) => this.byCode = byCode;

    /// <summary>The threat table, data/patterns/threats.tsv.</summary>
    public static CodeMapping Threats(DataDirectory directory, CameoCodebook codebook) => Load(directory, codebook, "patterns/threats.tsv", "13");

    /// <summary>The intent table, data/patterns/intents.tsv.</summary>
    public static CodeMapping Intents(DataDirectory directory, CameoCodebook codebook) => Load(directory, codebook, "patterns/intents.tsv", "03");

    private static CodeMapping Load(DataDirectory directory, CameoCodebook codebook, string file, string root)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(codebook);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in new DataFileReader(directory).Read(file, 2, 2))
        {
            if (!codebook.TryGet(line.Fields[0], out _) || !codebook.TryGet(line.Fields[1], out var mapped) || mapped.Root != root)
            {
                throw new DataFormatException(line.File, line.Number, $"expected a CAMEO root or code and a code of root {root}");
            }

            map[line.Fields[0]] = line.Fields[1];
        }

        return new CodeMapping(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The code a three-digit code listed on its own ("074 0334") maps to, else its root's; null when neither is listed.</summary>
    public string? For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length >= 3 && byCode.TryGetValue(code[..3], out var specific) ? specific : byCode.TryGetValue(code[..2], out var mapped) ? mapped : null;
    }
}

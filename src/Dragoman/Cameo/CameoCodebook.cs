using System.Collections.Frozen;
using System.Globalization;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Cameo;

/// <summary>The CAMEO event codebook, loaded from <c>data/cameo/codes.tsv</c>.</summary>
public sealed class CameoCodebook
{
    public const string FileName = "cameo/codes.tsv";

    private readonly FrozenDictionary<string, CameoCode> codes;

    private CameoCodebook(FrozenDictionary<string, CameoCode> codes) => this.codes = codes;

    public int Count => codes.Count;

    public IEnumerable<CameoCode> All => codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public static CameoCodebook Load(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var reader = new DataFileReader(directory);
        var map = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var line in reader.Read(FileName, 5, 5))
        {
            var code = Parse(line);
            if (!map.TryAdd(code.Code, code))
            {
                throw new DataFormatException(line.File, line.Number, $"duplicate code '{code.Code}'");
            }
        }

        foreach (var code in map.Values.Where(c => c.Code.Length > 2 && !map.ContainsKey(c.Code[..^1])))
        {
            throw new DataFormatException(FileName, 0, $"code '{code.Code}' has no parent '{code.Code[..^1]}'");
        }

        return new CameoCodebook(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public bool TryGet(string code, out CameoCode cameo)
    {
        ArgumentNullException.ThrowIfNull(code);
        return codes.TryGetValue(code, out cameo!);
    }

    public CameoCode Get(string code) =>
        TryGet(code, out var cameo) ? cameo : throw new DragomanException(ErrorCatalogue.UnknownCameoCode(code));

    private static CameoCode Parse(DataLine line)
    {
        var f = line.Fields;
        if (f[0].Length is < 2 or > 4 || !f[0].All(char.IsAsciiDigit))
        {
            throw new DataFormatException(line.File, line.Number, $"'{f[0]}' is not a CAMEO code");
        }

        if (!double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
        {
            throw new DataFormatException(line.File, line.Number, $"Goldstein value '{f[1]}' is not a number in [-10, 10]");
        }

        if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad is < 1 or > 4)
        {
            throw new DataFormatException(line.File, line.Number, $"QuadClass '{f[2]}' is not 1-4");
        }

        return new CameoCode(f[0], goldstein, quad, f[3], f[4]);
    }
}

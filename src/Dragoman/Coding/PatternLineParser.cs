using Dragoman.Cameo;
using Dragoman.Data;
using Dragoman.Errors;

namespace Dragoman.Coding;

/// <summary>Parses one pattern line: <c>CODE  TRIGGER  REQUIRES  TARGET  FLAGS</c>.</summary>
internal static class PatternLineParser
{
    public static EventPattern Parse(DataLine line, CameoCodebook codebook, Dictionary<string, int> vocabulary)
    {
        var f = line.Fields;
        if (!codebook.TryGet(f[0], out _))
        {
            throw new DataFormatException(line.File, line.Number, ErrorCatalogue.UnknownCameoCode(f[0]));
        }

        var trigger = f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (trigger.Length == 0)
        {
            throw new DataFormatException(line.File, line.Number, "empty trigger");
        }

        var items = f[2] == "-" ? [] : DataLine.SplitList(f[2]);
        var (kind, preps) = ParseTarget(line, f[3]);
        return new EventPattern(f[0], trigger[0].ToLowerInvariant(), trigger[1..].Select(t => t.ToLowerInvariant()).ToArray(), $"{line.File.Replace("data/", "", StringComparison.Ordinal)}:{line.Number}")
        {
            Requires = items.Where(i => i[0] != '!').Select(i => Words(i, vocabulary)).ToArray(),
            Forbidden = items.Where(i => i[0] == '!').Select(i => Words(i[1..], vocabulary)).ToArray(),
            Target = kind,
            TargetPrepositions = preps,
            Flags = ParseFlags(line, f[4]),
            SourceSectors = SectorFlag(f[4], "by:"),
            ExcludedSourceSectors = SectorFlag(f[4], "!by:"),
        };
    }

    /// <summary>The word sequence of one item, its first word numbered in the vocabulary (new words get the next number).</summary>
    private static PatternWords Words(string item, Dictionary<string, int> vocabulary)
    {
        var words = item.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (!vocabulary.TryGetValue(words[0], out var id))
        {
            id = vocabulary.Count;
            vocabulary[words[0]] = id;
        }

        return new PatternWords(id, words);
    }

    private static (TargetKind, string[]) ParseTarget(DataLine line, string text) => text switch
    {
        "obj" => (TargetKind.Object, []),
        "any" => (TargetKind.Any, []),
        "none" or "-" => (TargetKind.None, []),
        _ when text.StartsWith("prep:", StringComparison.Ordinal) => (TargetKind.Preposition, text[5..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
        _ => throw new DataFormatException(line.File, line.Number, $"target '{text}' is not obj, any, none or prep:…"),
    };

    /// <summary>The sector codes of a <c>by:COP|MIL</c> (or <c>!by:…</c>) flag, or none.</summary>
    private static string[] SectorFlag(string flags, string prefix)
    {
        foreach (var flag in flags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (flag.StartsWith(prefix, StringComparison.Ordinal))
            {
                return flag[prefix.Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return [];
    }

    private static PatternFlags ParseFlags(DataLine line, string text)
    {
        var flags = PatternFlags.None;
        if (text == "-")
        {
            return flags;
        }

        foreach (var flag in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (flag.StartsWith("by:", StringComparison.Ordinal) || flag.StartsWith("!by:", StringComparison.Ordinal))
            {
                continue;
            }

            flags |= flag switch
            {
                "sym" => PatternFlags.Symmetric,
                "refl" => PatternFlags.Reflexive,
                "passive-only" => PatternFlags.PassiveOnly,
                "active-only" => PatternFlags.ActiveOnly,
                "to-inf" or "di-inf" => PatternFlags.InfinitiveComplement,
                "neg" => PatternFlags.NegatedMeaning,
                "reported" => PatternFlags.ReportedSubject,
                "complement" => PatternFlags.ComplementClause,
                _ => throw new DataFormatException(line.File, line.Number, $"unknown flag '{flag}'"),
            };
        }

        return flags;
    }
}

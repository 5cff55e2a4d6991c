using System.Globalization;
using System.Text;

namespace Dragoman.Tests.Golden;

/// <summary>Reads the golden spec Markdown files (format in tests/Dragoman.Tests/Specs/README.md).</summary>
public static class SpecFileParser
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IReadOnlyList<SpecCase> ReadAll(string pattern) =>
        Directory.GetFiles(Folder, pattern).Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    public static IReadOnlyList<SpecCase> Read(string path)
    {
        var cases = new List<SpecCase>();
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                cases.Add(ReadCase(name, lines, ref i));
            }
        }

        return cases;
    }

    private static SpecCase ReadCase(string file, string[] lines, ref int i)
    {
        var start = i;
        var id = lines[i][3..].Trim();
        string lang = "", date = "";
        var text = new StringBuilder();
        var section = "";
        var body = new List<string>();
        for (i++; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("lang:", StringComparison.Ordinal))
            {
                lang = line[5..].Trim();
            }
            else if (line.StartsWith("date:", StringComparison.Ordinal))
            {
                date = line[5..].Trim();
            }
            else if (line.StartsWith('>'))
            {
                text.Append(text.Length > 0 ? "\n" : "").Append(line.TrimStart('>').Trim());
            }
            else if (line.EndsWith(':') && !line.StartsWith('-') || line.StartsWith("events: none", StringComparison.Ordinal))
            {
                section = line.TrimEnd(':');
                body.Add($"{section}|");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                body.Add($"{section}|{line[2..].Trim()}");
            }
        }

        i--;
        var result = new SpecCase(file, start + 1, id, lang, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), text.ToString());
        foreach (var entry in body)
        {
            var (kind, content) = (entry[..entry.IndexOf('|')], entry[(entry.IndexOf('|') + 1)..]);
            Apply(result, kind, content);
        }

        return result;
    }

    private static void Apply(SpecCase c, string kind, string content)
    {
        switch (kind)
        {
            case "events: none":
                c.NoEvents = true;
                break;
            case "events" when content.Length > 0:
                var parts = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var flags = parts.Skip(3).ToHashSet(StringComparer.Ordinal);
                c.Events.Add(new SpecEvent(parts[0].Split('|'), parts[2].Split('|'), parts[1].Split('|'), flags.Contains("sym"), flags.Contains("optional"), flags.Contains("negated"), flags.Contains("hypothetical")));
                break;
            case "actors" when content.Length > 0:
                var eq = content.LastIndexOf(" = ", StringComparison.Ordinal);
                var code = content[(eq + 3)..].Trim();
                var paren = code.IndexOf(" (", StringComparison.Ordinal);
                c.Actors.Add(new SpecActor(content[..eq].Trim(), paren < 0 ? code : code[..paren], paren < 0 ? null : code[(paren + 2)..].TrimEnd(')')));
                break;
            case "quotes" when content.Length > 0:
                var colon = content.IndexOf(':', StringComparison.Ordinal);
                var head = content[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var rest = content[(colon + 1)..].Trim();
                var close = rest.LastIndexOf('"');
                var name = rest[(close + 1)..].Trim().Trim('(', ')');
                c.Quotes.Add(new SpecQuote(head[0], head.Length < 2 || head[1] == "direct", rest[1..close], name.Length == 0 ? null : name));
                break;
            case "dates" when content.Length > 0:
                // "07 = 2024-06-13 (lend)": the word in brackets is the event's trigger as written.
                var pieces = content.Split('=', StringSplitOptions.TrimEntries);
                var value = pieces[1].Split(' ', 2, StringSplitOptions.TrimEntries);
                c.Dates.Add(new SpecDate(pieces[0], DateOnly.ParseExact(value[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), value.Length > 1 ? value[1].Trim('(', ')') : null));
                break;
        }
    }
}

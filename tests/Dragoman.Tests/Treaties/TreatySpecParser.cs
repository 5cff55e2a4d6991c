using System.Globalization;
using System.Text;

namespace Dragoman.Tests.Treaties;

/// <summary>Reads Specs/treaties-*.md (the format is described at the top of each file).</summary>
public static class TreatySpecParser
{
    public static IReadOnlyList<TreatySpecCase> ReadAll() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "treaties-*.md").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    private static IEnumerable<TreatySpecCase> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        TreatySpecCase? current = null;
        var text = new StringBuilder();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    current.Text = text.ToString();
                    yield return current;
                }

                current = new TreatySpecCase(Path.GetFileName(path), i + 1, line[3..].Trim());
                text.Clear();
                section = "";
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (line.StartsWith('>'))
            {
                text.Append(text.Length > 0 ? "\n" : "").Append(line.TrimStart('>').Trim());
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                (section switch { "treaties" => current.Treaties, "supersedes" => current.Supersedes, _ => current.Expect }).Add(line[2..].Trim());
            }
            else if (line.EndsWith(':'))
            {
                section = line.TrimEnd(':');
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                Apply(current, line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        if (current is not null)
        {
            current.Text = text.ToString();
            yield return current;
        }
    }

    private static void Apply(TreatySpecCase c, string key, string value)
    {
        switch (key)
        {
            case "lang": c.Language = value; break;
            case "date": c.Date = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
            case "source": c.Source = value; break;
            case "allies": c.Allies = value; break;
            case "attacker": c.Attacker = value; break;
            case "location": c.Location = value; break;
            case "from": c.From.Add(value); break;
            case "no-kb": c.NoKnowledgeBase = value == "yes"; break;
            case "count": c.TreatyCount = int.Parse(value, CultureInfo.InvariantCulture); break;
            default: break;
        }
    }
}

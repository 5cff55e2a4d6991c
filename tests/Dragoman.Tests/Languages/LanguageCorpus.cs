using System.Text;

namespace Dragoman.Tests.Languages;

/// <summary>The hand-written evaluation paragraphs in Languages/Corpus/&lt;iso&gt;.txt, one paragraph a line.</summary>
internal static class LanguageCorpus
{
    public static readonly string[] Languages = ["it", "en", "fr", "es", "de", "pt", "ru"];

    public static IReadOnlyList<string> Paragraphs(string language)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Languages", "Corpus", language + ".txt");
        return File.ReadAllLines(path, Encoding.UTF8).Where(line => line.Trim().Length > 0).ToArray();
    }

    public static int WordCount(string paragraph) =>
        paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

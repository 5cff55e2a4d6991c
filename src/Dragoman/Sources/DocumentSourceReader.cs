using System.Text;
using Dragoman.Documents;
using Dragoman.Errors;

namespace Dragoman.Sources;

/// <summary>
/// Reads documents from paths: text files, directories (recursively), <c>.jsonl</c> files and
/// <c>-</c> for standard input. A bad input is reported and the others are still read.
/// </summary>
public sealed class DocumentSourceReader
{
    private static readonly string[] TextExtensions = [".txt", ".text", ".md"];

    private readonly SourceOptions options;
    private readonly Func<TextReader> stdin;

    public DocumentSourceReader(SourceOptions options, Func<TextReader>? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.stdin = stdin ?? (() => Console.In);
    }

    public IEnumerable<SourceResult> Read(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            foreach (var result in ReadOne(input))
            {
                yield return result;
            }
        }
    }

    private IEnumerable<SourceResult> ReadOne(string input)
    {
        if (input == "-")
        {
            yield return Guard(input, () => FromText("stdin", NotEmpty("stdin", stdin().ReadToEnd())));
        }
        else if (Directory.Exists(input))
        {
            var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Where(f => TextExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) || IsJsonLines(f))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var result in ReadOne(file))
                {
                    yield return result;
                }
            }
        }
        else if (!File.Exists(input))
        {
            yield return SourceResult.Failed(input, ErrorCatalogue.MissingInput(input));
        }
        else if (IsJsonLines(input))
        {
            foreach (var result in ReadJsonLines(input))
            {
                yield return result;
            }
        }
        else
        {
            yield return Guard(input, () => FromText(input, TextDecoder.Decode(input, File.ReadAllBytes(input))));
        }
    }

    private IEnumerable<SourceResult> ReadJsonLines(string input)
    {
        var (text, error) = TryDecode(input);
        if (error is not null)
        {
            yield return SourceResult.Failed(input, error);
            yield break;
        }

        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var lineNumber = number;
            yield return Guard($"{input}:{lineNumber}", () => JsonLineParser.Parse(input, lineNumber, line, options));
        }
    }

    private static string NotEmpty(string input, string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new InputException(ErrorCatalogue.EmptyInput(input)) : text;

    private static (string Text, string? Error) TryDecode(string input)
    {
        try
        {
            return (TextDecoder.Decode(input, File.ReadAllBytes(input)), null);
        }
        catch (InputException e)
        {
            return ("", e.Message);
        }
        catch (IOException e)
        {
            return ("", $"{input}: {e.Message}");
        }
    }

    private Document FromText(string input, string text)
    {
        var id = options.Id ?? (input == "stdin" ? "stdin" : Path.GetFileNameWithoutExtension(input));
        return new Document(id, text, new DocumentInfo
        {
            Language = options.Language,
            PublicationDate = options.Date ?? DateFromFileName(input),
            Source = input,
            Title = FirstLine(text),
        });
    }

    /// <summary>Sample files are named <c>2024-05-12-slug.en.txt</c>; that prefix is their publication date.</summary>
    private static DateOnly? DateFromFileName(string input)
    {
        var name = Path.GetFileName(input);
        return name.Length >= 10 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", out var date) ? date : null;
    }

    private static string? FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOf('\n');
        var first = (end < 0 ? line : line[..end]).Trim();
        return first.Length is > 0 and < 200 ? first.ToString() : null;
    }

    private static bool IsJsonLines(string path) => Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static SourceResult Guard(string input, Func<Document> read)
    {
        try
        {
            return SourceResult.Ok(input, read());
        }
        catch (InputException e)
        {
            return SourceResult.Failed(input, e.Message);
        }
        catch (IOException e)
        {
            return SourceResult.Failed(input, $"{input}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return SourceResult.Failed(input, $"{input}: {e.Message}");
        }
    }
}

using System.Globalization;
using Dragoman.Data;
using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Time;

/// <summary>
/// The time stage: finds the time expressions of every sentence (weekdays, relative words,
/// explicit and numeric dates, months, years) and resolves them against the publication date.
/// </summary>
public sealed class TimeExpressionFinder : IPipelineStage
{
    private readonly IReadOnlyDictionary<string, TimeLexicon> lexicons;

    public TimeExpressionFinder(IReadOnlyDictionary<string, TimeLexicon> lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.lexicons = lexicons;
    }

    public string Name => "time";

    public DocumentLayers Needs => DocumentLayers.Lemmas;

    public DocumentLayers Adds => DocumentLayers.Dates;

    public static TimeExpressionFinder Load(DataDirectory directory, IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(languages);
        return new TimeExpressionFinder(languages.ToDictionary(l => l, l => TimeLexicon.Load(directory, l), StringComparer.Ordinal));
    }

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Language is null || !lexicons.TryGetValue(document.Language, out var lexicon))
        {
            document.TimeExpressions = [];
            return;
        }

        var found = new List<TimeExpression>();
        var reader = new TimeExpressionReader(lexicon, document.PublicationDate);
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.TokenStart;
            while (i < sentence.TokenEnd)
            {
                if (reader.Read(document.Tokens, sentence, i, found.LastOrDefault(e => e.Granularity == TimeGranularity.Day && e.Date is not null)?.Date) is { } read)
                {
                    var (start, end) = (document.Tokens[read.TokenStart].Start, document.Tokens[read.TokenEnd - 1].End);
                    found.Add(read with { Sentence = sentence.Index, Start = start, End = end, Text = document.Text[start..end] });
                    i = read.TokenEnd;
                }
                else
                {
                    i++;
                }
            }
        }

        document.TimeExpressions = found;
    }

    internal static int? SmallNumber(Token token, int max) =>
        token.Kind == TokenKind.Number && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;
}

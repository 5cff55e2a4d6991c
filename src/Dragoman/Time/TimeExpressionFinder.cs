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

        List<TimeExpression>? found = null;
        var reader = new TimeExpressionReader(lexicon, document.PublicationDate);
        var tokens = document.Tokens;

        // The last expression found that names a day anchors relative words such as "the day before".
        DateOnly? anchor = null;
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.TokenStart;
            while (i < sentence.TokenEnd)
            {
                // Only a number or the first word of a time phrase other than a prefix can open an expression.
                if ((tokens[i].Kind == TokenKind.Number || lexicon.OpensExpression(tokens[i].Lower)) && reader.Read(tokens, sentence, i, anchor) is { } read)
                {
                    var (start, end) = (tokens[read.TokenStart].Start, tokens[read.TokenEnd - 1].End);
                    var expression = read with { Sentence = sentence.Index, Start = start, End = end, Text = document.Text[start..end] };
                    (found ??= []).Add(expression);
                    if (expression.Granularity == TimeGranularity.Day && expression.Date is not null)
                    {
                        anchor = expression.Date;
                    }

                    i = read.TokenEnd;
                }
                else
                {
                    i++;
                }
            }
        }

        document.TimeExpressions = found ?? (IReadOnlyList<TimeExpression>)[];
    }

    internal static int? SmallNumber(Token token, int max) =>
        token.Kind == TokenKind.Number && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;
}

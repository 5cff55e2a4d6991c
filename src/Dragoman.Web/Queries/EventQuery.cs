using Dragoman.Errors;
using Dragoman.Storage;

namespace Dragoman.Web.Queries;

/// <summary>The filters of <c>dragoman events</c> as query-string parameters, plus paging.</summary>
public sealed class EventQuery
{
    public const int MaxLimit = 500;

    public const int MaxOffset = 100_000;

    private const int MaxTextLength = 200;

    /// <summary>Events with this actor as source or target (a code like RUSGOV or a country like RUS).</summary>
    public string? Actor { get; set; }

    /// <summary>Events whose source is this code or country.</summary>
    public string? Source { get; set; }

    /// <summary>Events whose target is this code or country.</summary>
    public string? Target { get; set; }

    /// <summary>CAMEO root code (two digits, 01-20).</summary>
    public string? Root { get; set; }

    /// <summary>CAMEO code or prefix (057, 05…).</summary>
    public string? Cameo { get; set; }

    /// <summary>First event date (YYYY-MM-DD).</summary>
    public string? From { get; set; }

    /// <summary>Last event date (YYYY-MM-DD).</summary>
    public string? To { get; set; }

    /// <summary>Words that must all occur in the article (full-text search).</summary>
    public string? Text { get; set; }

    /// <summary>Page size, 1-500 (default 50).</summary>
    public string? Limit { get; set; }

    /// <summary>Events to skip before the page (default 0).</summary>
    public string? Offset { get; set; }

    /// <summary>With day, week or month: add counts per period over every matching event.</summary>
    public string? By { get; set; }

    /// <summary>Reads the filter, or lists what is wrong with the parameters.</summary>
    public EventFilter ToFilter(List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Text is { Length: > MaxTextLength })
        {
            errors.Add(ErrorCatalogue.BadQueryText(MaxTextLength));
        }

        return new EventFilter
        {
            Actor = QueryValues.Code("actor", Actor, errors),
            Source = QueryValues.Code("source", Source, errors),
            Target = QueryValues.Code("target", Target, errors),
            Root = QueryValues.Root(Root, errors),
            Cameo = QueryValues.Cameo(Cameo, errors),
            From = QueryValues.Date("from", From, errors),
            To = QueryValues.Date("to", To, errors),
            Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        };
    }

    public (int Offset, int Limit) Page(List<string> errors) =>
        (QueryValues.Number("offset", Offset, 0, 0, MaxOffset, errors), QueryValues.Number("limit", Limit, 50, 1, MaxLimit, errors));
}

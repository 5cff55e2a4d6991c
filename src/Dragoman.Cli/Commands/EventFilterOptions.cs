using System.CommandLine;
using Dragoman.Storage;

namespace Dragoman.Cli.Commands;

/// <summary>The event filters shared by <c>events</c>, <c>top-dyads</c> and <c>export</c>.</summary>
internal sealed class EventFilterOptions
{
    private readonly Option<string?> actor = new("--actor") { Description = "Events with this actor as source or target (a code like RUSGOV or a country like RUS)" };
    private readonly Option<string?> source = new("--source") { Description = "Events whose source is this code or country" };
    private readonly Option<string?> target = new("--target") { Description = "Events whose target is this code or country" };
    private readonly Option<string?> root = new("--root") { Description = "CAMEO root code (two digits, 01-20)" };
    private readonly Option<string?> cameo = new("--cameo") { Description = "CAMEO code or prefix (057, 05...)" };
    private readonly Option<DateOnly?> from = new("--from") { Description = "First event date (YYYY-MM-DD)" };
    private readonly Option<DateOnly?> to = new("--to") { Description = "Last event date (YYYY-MM-DD)" };
    private readonly Option<string?> text = new("--text") { Description = "Words that must all occur in the article (full-text search)" };

    public void AddTo(Command command)
    {
        command.Options.Add(actor);
        command.Options.Add(source);
        command.Options.Add(target);
        command.Options.Add(root);
        command.Options.Add(cameo);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(text);
    }

    public EventFilter Read(ParseResult result, int limit = 0) => new()
    {
        Actor = Code(result.GetValue(actor)),
        Source = Code(result.GetValue(source)),
        Target = Code(result.GetValue(target)),
        Root = Code(result.GetValue(root)),
        Cameo = Code(result.GetValue(cameo)),
        From = result.GetValue(from),
        To = result.GetValue(to),
        Text = result.GetValue(text),
        Limit = limit,
    };

    public static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}

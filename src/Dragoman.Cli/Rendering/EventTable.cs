using Dragoman.Cameo;
using Dragoman.Coding;
using Dragoman.Documents;
using Spectre.Console;

namespace Dragoman.Cli.Rendering;

/// <summary>A document's events as a readable table: who did what to whom, with the trigger and rule.</summary>
internal static class EventTable
{
    public static void Render(IAnsiConsole console, Document document, CameoCodebook codebook)
    {
        var title = $"{document.Id} ({document.Language}, {document.PublicationDate?.ToString("yyyy-MM-dd") ?? "no date"}): {document.Sentences.Count} sentences, {document.Events.Count} events";
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
        table.AddColumns("#", "source", "event", "target", "mood", "trigger", "rule");
        foreach (var e in document.Events)
        {
            var cameo = codebook.Get(e.Cameo);
            var mood = (e.Negated ? "negated " : "") + e.Mood.ToString().ToLowerInvariant() + (e.Attribution is { } a ? $" (per {a.By})" : "");
            table.AddRow(
                e.Sentence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(Describe(e.Source, e.SourceText)),
                Markup.Escape($"{cameo.Code} {cameo.Label} ({cameo.Goldstein:+0.0;-0.0;0})"),
                Markup.Escape(Describe(e.Target, e.TargetText)),
                Markup.Escape(mood),
                Markup.Escape(e.Evidence.Trigger),
                Markup.Escape(e.Evidence.Rule));
        }

        console.Write(table);
    }

    private static string Describe(Actors.Actor? actor, string? text) =>
        actor is null ? "-" : $"{actor.Code} {actor.Name}" + (text is null ? "" : $" «{text}»");
}

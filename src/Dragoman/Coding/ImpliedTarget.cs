using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Targets a clause does not name but its sentence implies: the subject of reported words, the one other country named.</summary>
internal static class ImpliedTarget
{
    private const string SubjectBeforeVerb = "subject before the verb";

    /// <summary>
    /// "«Gli Stati Uniti pagheranno un prezzo», ha avvertito il portavoce": a threat told after the words it reports is aimed
    /// at the subject of the first clause of those words, when that is someone other than the speaker.
    /// </summary>
    public static Participants? ReportedSubject(SentenceAnalysis analysis, Participants? speaker)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Subjects.Length == 0 || analysis.Subjects[0] is not { How: SubjectBeforeVerb } subject
            || (speaker is not null && subject.Shares(speaker)))
        {
            return null;
        }

        return subject.Carried("subject of the words the threat reports");
    }

    /// <summary>
    /// "After talks with Serbia collapsed, Kosovo threatened to close the border": an act whose clause names no counterpart is
    /// aimed at the one other country the sentence names, when there is exactly one (roots in counterpartRoots).
    /// </summary>
    public static Participants? SoleOtherCountry(Document document, SentenceAnalysis analysis, Participants source)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(source);
        Argument? found = null;
        foreach (var argument in analysis.Arguments)
        {
            var country = argument.Mention.Actor.Country;
            if (country is null || source.Actors.Any(a => a.Country == country))
            {
                continue;
            }

            if (found is not null && found.Mention.Actor.Country != country)
            {
                return null;
            }

            found ??= argument;
        }

        return found is null ? null : Participants.From([found], document.Text[found.Mention.Start..found.Mention.End], "the one other country the sentence names");
    }

    /// <summary>
    /// An act with no counterpart in its sentence is aimed at the country the document names most often after the doer's own,
    /// when one stands out (the only one, or named at least twice and more often than any other): the other side of the story.
    /// </summary>
    public static Participants? DocumentCounterpart(Document document, Participants source)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        var counts = new Dictionary<string, (int Count, Actors.ActorMention First)>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            if (mention.Actor.Country is not { } country || source.Actors.Any(a => a.Country == country))
            {
                continue;
            }

            counts[country] = counts.TryGetValue(country, out var seen) ? (seen.Count + 1, seen.First) : (1, mention);
        }

        var ranked = counts.Values.OrderByDescending(c => c.Count).Take(2).ToList();
        if (ranked.Count == 0 || (ranked.Count > 1 && (ranked[0].Count < 2 || ranked[1].Count == ranked[0].Count)))
        {
            return null;
        }

        var first = ranked[0].First;
        var actor = first.Actor with { Code = first.Actor.Country! };
        return new Participants([actor], document.Text[first.Start..first.End], first.Start, first.End, "the other country the document names most often");
    }
}

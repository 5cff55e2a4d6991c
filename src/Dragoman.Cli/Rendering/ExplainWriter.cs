using Dragoman.Coding;
using Dragoman.Documents;

namespace Dragoman.Cli.Rendering;

/// <summary>Plain-text clause analysis per sentence: verb groups, subjects, rules tried.</summary>
internal static class ExplainWriter
{
    public static void Write(TextWriter output, Document document, IReadOnlyList<SentenceAnalysis> analyses)
    {
        foreach (var analysis in analyses)
        {
            var s = analysis.Sentence;
            output.WriteLine($"[{document.Id} #{s.Index}] {document.Text[s.Start..s.End]}");
            foreach (var argument in analysis.Arguments)
            {
                output.WriteLine($"  actor «{document.Text[argument.Mention.Start..argument.Mention.End]}» {argument.Mention.Actor.Code} as {argument.Role}{(argument.Preposition is { } p ? $" ({p})" : "")}");
            }

            for (var g = 0; g < analysis.Groups.Count; g++)
            {
                var group = analysis.Groups[g];
                var subject = analysis.Subjects[g];
                output.WriteLine($"  verb «{document.Text[document.Tokens[group.Start].Start..document.Tokens[group.Head].End]}» {group.Lemma}; subject: {(subject is null ? "none" : $"{subject.Text} ({subject.How})")}");
            }

            foreach (var line in analysis.Trace ?? [])
            {
                output.WriteLine($"  {line}");
            }
        }
    }
}

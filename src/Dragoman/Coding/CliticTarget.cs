using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "Il presidente serbo ha telefonato al premier kosovaro. Lo ha accusato di…", "Gli ha chiesto…": an object pronoun
/// before the verb (grammar key objectClitic) with no actor named for it stands for the other party of the subject's
/// last act in this or the previous sentence (its target when the subject acted, its doer when it was acted on).
/// </summary>
internal sealed class CliticTarget
{
    private readonly ClauseGrammar grammar;

    public CliticTarget(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public Participants? Find(Token[] tokens, VerbGroup group, Participants? subject, IReadOnlyList<CodedEvent> events, int sentence)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(events);
        if (subject is not { Actors.Count: > 0 } || group.Start >= group.Head || !grammar["objectClitic"].Contains(tokens[group.Start].Lower)
            || subject.Actors[0].Country is not { } country)
        {
            return null;
        }

        for (var k = events.Count - 1; k >= 0 && events[k].Sentence >= sentence - 1; k--)
        {
            var e = events[k];
            if (e.Negated || e.Mood == EventMood.Hypothetical || e.Source is not { } doer || e.Target is not { } done)
            {
                continue;
            }

            if (doer.Primary == country && done.Primary != country)
            {
                return new Participants([done], e.TargetText ?? done.Name, e.Evidence.Start, e.Evidence.End, "object pronoun: the other party of the subject's last act");
            }

            if (done.Primary == country && doer.Primary != country)
            {
                return new Participants([doer], e.SourceText ?? doer.Name, e.Evidence.Start, e.Evidence.End, "object pronoun: the other party of the subject's last act");
            }
        }

        return null;
    }
}

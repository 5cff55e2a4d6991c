using Dragoman.Actors;

namespace Dragoman.Coding;

/// <summary>Whether an argument names the clause's subject, or people the subject speaks for: such an argument is no target. Split from <see cref="TargetFinder"/>.</summary>
internal static class SubjectArgument
{
    private const string CivilianSector = "CVL";

    /// <summary>Whether the argument names civilians (sector CVL) of the subject's own country and the subject is no civilian.</summary>
    public static bool OwnCivilians(Argument argument, Participants subject)
    {
        var actor = argument.Mention.Actor;
        return actor.Code.Length == 6 && actor.Code.EndsWith(CivilianSector, StringComparison.Ordinal)
            && subject.Actors.Count > 0 && subject.Actors.All(s => s.Primary == actor.Primary && !s.Code.EndsWith(CivilianSector, StringComparison.Ordinal));
    }

    /// <summary>"investigators questioned the impeached president": for organRoots only the very same actor is the subject, not another organ of its state.</summary>
    public static bool SameCode(Argument argument, Participants subject)
    {
        for (var s = 0; s < subject.Actors.Count; s++)
        {
            if (subject.Actors[s].Code == argument.Mention.Actor.Code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the argument names the subject (every member of a group mention; a demonym of the subject's country counts).</summary>
    public static bool IsSubject(Argument argument, Participants subject)
    {
        var mention = argument.Mention;
        if (mention.Members.Count == 0)
        {
            return IsSubjectActor(argument, mention.Actor, subject);
        }

        foreach (var member in mention.Members)
        {
            if (!IsSubjectActor(argument, member, subject))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSubjectActor(Argument argument, Actor actor, Participants subject)
    {
        foreach (var s in subject.Actors)
        {
            if (EventAssembler.SameActor(s, actor) || (argument.Role == ArgumentRole.DemonymModifier && s.Country == actor.Country))
            {
                return true;
            }
        }

        return false;
    }
}

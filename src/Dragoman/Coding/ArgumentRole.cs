namespace Dragoman.Coding;

/// <summary>How an actor mention attaches to the clause, read from the word before it.</summary>
public enum ArgumentRole
{
    /// <summary>No preposition: a subject or direct object.</summary>
    Bare,

    /// <summary>"di X", "of X": belongs to the noun before it.</summary>
    Genitive,

    /// <summary>"X's": an English possessive.</summary>
    Possessive,

    /// <summary>An adjective of nationality on a noun ("le sanzioni americane").</summary>
    DemonymModifier,

    /// <summary>"a X", "to X": an indirect object.</summary>
    Dative,

    /// <summary>"in X", "a Pyongyang": a place.</summary>
    Locative,

    /// <summary>"da X", "by X": the agent of a passive.</summary>
    Agent,

    /// <summary>"secondo X", "according to X": the source of a claim.</summary>
    Attribution,

    /// <summary>Any other preposition (con, contro, verso, tra, with, against…).</summary>
    Prepositional,
}

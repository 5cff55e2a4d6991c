namespace Dragoman.Coding;

/// <summary>What the coder carries from sentence to sentence within one document.</summary>
public sealed class DiscourseState(ClauseWords words)
{
    public Participants? LastSubject { get; set; }

    /// <summary>The target of the last coded verb and its sentence, for coordinated verbs that omit theirs.</summary>
    public (int Sentence, Participants Target)? LastTarget { get; set; }

    /// <summary>
    /// The doer of the last asserted act that named no target ("la Corea del Nord ha lanciato due missili"),
    /// for a later definite noun naming that act ("ha condannato il lancio").
    /// </summary>
    public Participants? LastDoer { get; set; }

    /// <summary>The word index reused for every sentence of the document.</summary>
    public ClauseWords Words { get; } = words ?? throw new ArgumentNullException(nameof(words));

    /// <summary>The last single person named, for "he"/"lui".</summary>
    public Participants? LastPerson { get; set; }
}

using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>Chooses the most specific pattern of a verb whose conditions the clause meets.</summary>
public sealed class PatternMatcher
{
    private readonly PatternDictionary patterns;
    private readonly ClauseGrammar grammar;

    public PatternMatcher(PatternDictionary patterns, ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(grammar);
        this.patterns = patterns;
        this.grammar = grammar;
    }

    public bool HasPatterns(string lemma) => patterns.For(lemma).Count > 0;

    /// <summary>The numbered first words of the patterns' word sequences, for indexing a clause (<see cref="ClauseWords"/>).</summary>
    public System.Collections.Frozen.FrozenDictionary<string, int> Vocabulary => patterns.Vocabulary;

    /// <summary>The winning pattern, whether a "nessun"/"no" before its object negates it, and the tokens tried.</summary>
    /// <remarks>
    /// Among equally specific patterns, <paramref name="preferSymmetric"/> (a subject naming several
    /// parties: "Israele e Hezbollah hanno accettato una tregua") picks the symmetric one.
    /// <paramref name="reportedEnd"/> is where the subject of the clause a verb of saying reports ends:
    /// patterns flagged <c>reported</c> look for their words up to there; <paramref name="complementEnd"/> is where
    /// the whole clause the verb governs ends, for patterns flagged <c>complement</c>.
    /// </remarks>
    public (EventPattern Pattern, bool NegatedObject)? Match(Token[] tokens, ClauseWords words, VerbGroup group, int clauseStart, int clauseEnd, List<string>? trace, bool preferSymmetric = false, Participants? source = null, int reportedEnd = -1, int complementEnd = -1)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(group);
        (EventPattern Pattern, bool NegatedObject, int Distance)? best = null;
        var candidates = patterns.For(group.Lemma);

        // Where a purpose clause starts, for the clause end it was looked for up to: many patterns of one verb forbid words.
        var purpose = (End: -1, Start: -1);
        for (var p = 0; p < candidates.Count; p++)
        {
            var pattern = candidates[p];
            var negatedObject = false;
            var at = -1;
            var end = pattern.Has(PatternFlags.ReportedSubject) ? Math.Max(clauseEnd, reportedEnd)
                : pattern.Has(PatternFlags.ComplementClause) ? Math.Max(clauseEnd, complementEnd) : clauseEnd;
            var why = WrongSource(pattern, source) ?? Reject(tokens, words, group, pattern, (clauseStart, end), source, ref purpose, out negatedObject, out at);
            trace?.Add($"  {pattern.Rule} {pattern.Code} {pattern.Lemma}: {Describe(why, pattern) ?? "matched"}");
            if (why is not null)
            {
                continue;
            }

            // Longer triggers first; then the pattern whose required word is closest to the verb
            // (its object: "espresso preoccupazione per il sostegno…" is about concern, not support).
            var distance = at < 0 ? int.MaxValue : Distance(at, group);

            // "would no longer sell arms": on a negated verb, a pattern whose meaning needs the negation comes first.
            var negatedFirst = group.Negated && best is not null && pattern.Has(PatternFlags.NegatedMeaning) != best.Value.Pattern.Has(PatternFlags.NegatedMeaning);
            if (negatedFirst)
            {
                if (pattern.Has(PatternFlags.NegatedMeaning))
                {
                    best = (pattern, negatedObject, distance);
                }

                continue;
            }

            if (best is null || pattern.Particles.Length > best.Value.Pattern.Particles.Length
                || (pattern.Particles.Length == best.Value.Pattern.Particles.Length && distance < best.Value.Distance)
                || (preferSymmetric && pattern.Particles.Length == best.Value.Pattern.Particles.Length && distance == best.Value.Distance
                    && pattern.Has(PatternFlags.Symmetric) && !best.Value.Pattern.Has(PatternFlags.Symmetric)))
            {
                best = (pattern, negatedObject, distance);
            }
        }

        return best is { } b ? (b.Pattern, b.NegatedObject) : null;
    }

    private string? Reject(Token[] tokens, ClauseWords words, VerbGroup group, EventPattern pattern, (int Start, int End) clause, Participants? source, ref (int End, int Start) purpose, out bool negatedObject, out int position)
    {
        var (clauseStart, clauseEnd) = clause;
        negatedObject = false;
        position = -1;
        // "stood firmly with Georgetown", "called again on Israel": one adverb may stand between the verb and its particle.
        var adverb = pattern.Particles.Length > 0 && group.Head + 2 < clauseEnd && tokens[group.Head + 1].Pos == PartOfSpeech.Adv
            && tokens[group.Head + 1].Lower != pattern.Particles[0] && !grammar["negation"].Contains(tokens[group.Head + 1].Lower) ? 1 : 0;
        for (var k = 0; k < pattern.Particles.Length; k++)
        {
            var at = group.Head + 1 + adverb + k;
            if (at >= clauseEnd || tokens[at].Lower != pattern.Particles[k])
            {
                return ParticleMissing;
            }
        }

        if (pattern.Has(PatternFlags.PassiveOnly) && !group.Passive)
        {
            return "needs the passive";
        }

        if (pattern.Has(PatternFlags.ActiveOnly) && group.Passive)
        {
            return "needs the active";
        }

        if (pattern.Has(PatternFlags.Reflexive) && !group.Reflexive && !(tokens[group.Head].Features?.Contains("clitic", StringComparison.Ordinal) ?? false))
        {
            return "needs a reflexive verb";
        }

        if (pattern.Has(PatternFlags.NegatedMeaning) && !group.Negated)
        {
            return "needs negation";
        }

        if (pattern.Forbidden.Length > 0 && purpose.End != clauseEnd)
        {
            purpose = (clauseEnd, PurposeStart(tokens, group.End, clauseEnd));
        }

        var forbiddenEnd = pattern.Forbidden.Length > 0 ? purpose.Start : clauseEnd;
        for (var f = 0; f < pattern.Forbidden.Length; f++)
        {
            if (words.Closest(pattern.Forbidden[f], group.Head, clauseStart, forbiddenEnd) >= 0)
            {
                return "a forbidden word is present";
            }
        }

        if (pattern.Requires.Length == 0)
        {
            return null;
        }

        // "launched missiles at Israel, sending millions into shelters": an active infinitive or gerund
        // finds its object after it; the words before belong to the verb it hangs from.
        var requiredFrom = group.NonFinite && !group.Passive ? Math.Max(clauseStart, group.Head + 1) : clauseStart;

        requiredFrom = Math.Max(requiredFrom, SubjectStart(tokens, group, source, clauseStart));
        for (var r = 0; r < pattern.Requires.Length; r++)
        {
            var at = words.Closest(pattern.Requires[r], group.Head, requiredFrom, clauseEnd);
            if (at >= 0 && (InSource(tokens, at, group, source) || at == group.Head))
            {
                // "Russian troops captured the village": a word of the active verb's own subject names the doer, not the act;
                // "granted candidate status": the verb is not its own object (071 grant … grant).
                at = words.Closest(pattern.Requires[r], group.Head, group.Head + 1, clauseEnd);
            }

            if (at >= 0 && (position < 0 || Distance(at, group) < Distance(position, group)))
            {
                position = at;
            }
        }

        if (position >= 0)
        {
            // "Nessun accordo è stato raggiunto": a passive's required word before the verb is negated by the determiner before it.
            negatedObject = NegatedBefore(tokens, position, position < group.Start ? clauseStart : group.End);
            return null;
        }

        return "required words absent";
    }

    /// <summary>Why the source rules a pattern out (<c>by:</c> / <c>!by:</c> sectors), or null.</summary>
    private static string? WrongSource(EventPattern pattern, Participants? source)
    {
        if (pattern.SourceSectors.Length > 0 && !HasSector(source, pattern.SourceSectors))
        {
            return "needs a source of another sector";
        }

        return pattern.ExcludedSourceSectors.Length > 0 && HasSector(source, pattern.ExcludedSourceSectors) ? "the source's sector is excluded" : null;
    }

    /// <summary>
    /// "ha ricevuto il segretario di Stato per discutere della minaccia nucleare": a purpose clause (grammar key
    /// purposeMarker before an infinitive) says why, not what was done; words that rule a pattern out are not
    /// looked for in it. Returns where it starts, or <paramref name="clauseEnd"/>.
    /// </summary>
    private int PurposeStart(Token[] tokens, int from, int clauseEnd)
    {
        for (var k = from; k + 1 < clauseEnd; k++)
        {
            if (grammar["purposeMarker"].Contains(tokens[k].Lower) && tokens[k + 1].Features?.Contains("inf", StringComparison.Ordinal) == true)
            {
                return k;
            }
        }

        return clauseEnd;
    }

    private const string GovernmentSector = "GOV";

    private static bool Named(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSector(Participants? source, string[] sectors)
    {
        if (source is null)
        {
            return false;
        }

        foreach (var actor in source.Actors)
        {
            for (var s = 0; s < sectors.Length; s++)
            {
                // A state named by its proper name ("Belgrado ha protestato", "la Serbia") acts through its
                // government; its people named by a lower-case demonym ("migliaia di georgiani") do not.
                if ((actor.Code.Length >= 6 && actor.Code.AsSpan(3, 3).SequenceEqual(sectors[s])) || (actor.Code.Length == 3 && sectors[s] == GovernmentSector && Named(source.Text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The reason a pattern failed, for --explain; a missing particle is named only there, so matching allocates nothing.</summary>
    private static string? Describe(string? why, EventPattern pattern) =>
        ReferenceEquals(why, ParticleMissing) ? $"particle '{string.Join(' ', pattern.Particles)}' missing" : why;

    private const string ParticleMissing = "particle missing";

    /// <summary>
    /// How far a required word is from the verb. The object of an active verb follows it, so a word
    /// before it ("condemned the meeting and vowed countermeasures") counts only when none follows.
    /// </summary>
    private static bool InSource(Token[] tokens, int at, VerbGroup group, Participants? source) =>
        !group.Passive && source is not null && at < group.Start && tokens[at].Start >= source.Start && tokens[at].End <= source.End;

    private static int Distance(int at, VerbGroup group) =>
        Math.Abs(at - group.Head) + (at < group.Start && !group.Passive ? BeforeVerbPenalty : 0);

    private const int BeforeVerbPenalty = 1000;

    private bool NegatedBefore(Token[] tokens, int at, int floor)
    {
        for (var k = at - 1; k >= floor && k >= at - 3; k--)
        {
            if (grammar["negDeterminer"].Contains(tokens[k].Lower))
            {
                return true;
            }

            // "senza alcun accordo i colloqui": a determiner before another noun does not negate this one.
            if (tokens[k].Pos is PartOfSpeech.Noun or PartOfSpeech.Propn)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "…deploying fighter jets days after the island's president gave a speech": before an active verb's named subject the
    /// words belong to another clause, so a pattern's words are looked for from the subject on.
    /// </summary>
    private static int SubjectStart(Token[] tokens, VerbGroup group, Participants? source, int clauseStart)
    {
        var from = clauseStart;
        if (!group.Passive && source is { How: "subject before the verb" })
        {
            while (from < group.Start && tokens[from].End <= source.Start)
            {
                from++;
            }
        }

        return from;
    }
}

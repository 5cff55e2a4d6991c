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

    /// <summary>The winning pattern, whether a "nessun"/"no" before its object negates it, and the tokens tried.</summary>
    public (EventPattern Pattern, bool NegatedObject)? Match(Token[] tokens, ClauseWords words, VerbGroup group, int clauseStart, int clauseEnd, List<string>? trace)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(group);
        (EventPattern Pattern, bool NegatedObject, int Distance)? best = null;
        foreach (var pattern in patterns.For(group.Lemma))
        {
            var why = Reject(tokens, words, group, pattern, clauseStart, clauseEnd, out var negatedObject, out var at);
            trace?.Add($"  {pattern.Rule} {pattern.Code} {pattern.Lemma}: {why ?? "matched"}");
            if (why is not null)
            {
                continue;
            }

            // Longer triggers first; then the pattern whose required word is closest to the verb
            // (its object: "espresso preoccupazione per il sostegno…" is about concern, not support).
            var distance = at < 0 ? int.MaxValue : Math.Abs(at - group.Head);
            if (best is null || pattern.Particles.Count > best.Value.Pattern.Particles.Count
                || (pattern.Particles.Count == best.Value.Pattern.Particles.Count && distance < best.Value.Distance))
            {
                best = (pattern, negatedObject, distance);
            }
        }

        return best is { } b ? (b.Pattern, b.NegatedObject) : null;
    }

    private string? Reject(Token[] tokens, ClauseWords words, VerbGroup group, EventPattern pattern, int clauseStart, int clauseEnd, out bool negatedObject, out int position)
    {
        negatedObject = false;
        position = -1;
        for (var k = 0; k < pattern.Particles.Count; k++)
        {
            var at = group.Head + 1 + k;
            if (at >= clauseEnd || tokens[at].Lower != pattern.Particles[k])
            {
                return $"particle '{pattern.Particles[k]}' missing";
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

        if (pattern.Forbidden.Any(forbidden => words.Closest(forbidden, group.Head, clauseStart, clauseEnd) >= 0))
        {
            return "a forbidden word is present";
        }

        if (pattern.Requires.Count == 0)
        {
            return null;
        }

        foreach (var required in pattern.Requires)
        {
            var at = words.Closest(required, group.Head, clauseStart, clauseEnd);
            if (at >= 0 && (position < 0 || Math.Abs(at - group.Head) < Math.Abs(position - group.Head)))
            {
                position = at;
            }
        }

        if (position >= 0)
        {
            negatedObject = NegatedBefore(tokens, position, group.End);
            return null;
        }

        return "required words absent";
    }

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
}

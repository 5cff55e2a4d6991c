using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// An absolute phrase: an <c>absolutePreposition</c> ("with"), a noun phrase, its conjuncts and a gerund
/// ("resumed talks with Egyptian and Qatari officials shuttling between them"). It tells a circumstance
/// of the clause; the actors in it are not the partners of the act.
/// </summary>
internal static class AbsolutePhrase
{
    /// <summary>Whether the argument at <paramref name="k"/> opens an absolute phrase.</summary>
    public static bool Opens(ClauseGrammar grammar, Token[] tokens, IReadOnlyList<Argument> arguments, int k)
    {
        if (arguments[k].Preposition is not { } p || !grammar["absolutePreposition"].Contains(p))
        {
            return false;
        }

        var end = arguments[k + Length(tokens, arguments, k) - 1].TokenEnd;
        return end < tokens.Length && tokens[end].Pos is PartOfSpeech.Verb && tokens[end].Features is { } f && f.Contains("ger", StringComparison.Ordinal);
    }

    /// <summary>How many arguments from <paramref name="k"/> on are joined by a conjunction or a comma ("with Egyptian and Qatari officials").</summary>
    public static int Length(Token[] tokens, IReadOnlyList<Argument> arguments, int k)
    {
        var count = 1;
        for (var j = k + 1; j < arguments.Count && arguments[j].TokenStart - arguments[j - 1].TokenEnd is >= 1 and <= 2
            && (tokens[arguments[j - 1].TokenEnd].Pos == PartOfSpeech.Cconj || tokens[arguments[j - 1].TokenEnd].Lower == ","); j++)
        {
            count++;
        }

        return count;
    }
}

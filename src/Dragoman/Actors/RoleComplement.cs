using Dragoman.Documents;

namespace Dragoman.Actors;

/// <summary>
/// Words a role may carry between itself and its demonym: modifiers ("la procura anticorruzione ucraina") and a
/// portfolio, of + capitalised words ("il ministro dell'Agricoltura ucraino", "la ministra dello Sviluppo economico
/// tunisina"), so that the demonym still names whose role it is.
/// </summary>
internal static class RoleComplement
{
    private const int MaxWords = 5;

    public static bool BeforeDemonym(CompositionContext c, int atomIndex, int token)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (atomIndex >= c.Atoms.Count || c.Atoms[atomIndex].Kind != EntryKind.Demonym)
        {
            return false;
        }

        var demonym = c.Atoms[atomIndex].Start;
        var k = token;
        while (k < demonym && c.IsLink(k, "modifier"))
        {
            k++;
        }

        if (k == demonym)
        {
            return k > token;
        }

        // A portfolio: of (+ article) + a capitalised word, then capitalised words, adjectives, "e" and further of-links.
        if (!c.IsLink(k, "of"))
        {
            return false;
        }

        k += c.IsLink(k + 1, "article") ? 2 : 1;
        var tokens = c.Document.Tokens;
        if (k >= demonym || demonym - k > MaxWords || !tokens[k].IsCapitalized)
        {
            return false;
        }

        for (; k < demonym; k++)
        {
            var word = tokens[k];
            if (!word.IsCapitalized && word.Pos != PartOfSpeech.Adj && !c.IsLink(k, "of") && !c.IsLink(k, "coordinator"))
            {
                return false;
            }
        }

        return true;
    }
}

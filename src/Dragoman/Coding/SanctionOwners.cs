using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// "ha minacciato di ripristinare le sanzioni dell'Onu", "chiede nuove sanzioni dell'Ue": the actor in the genitive right
/// after a noun naming a sanction (an attack: noun whose code is of root 16) owns the sanctions; for a verb of a root in
/// sanctionOwnerRoots (threaten, impose) it is not the target. For an appeal or a criticism it is ("chiede sanzioni dell'Ue").
/// </summary>
internal sealed class SanctionOwners
{
    private const string SanctionRoot = "16";

    private readonly ClauseGrammar grammar;

    public SanctionOwners(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    /// <summary>The arguments without sanction owners; the same list when there are none, so that nothing is allocated.</summary>
    public IReadOnlyList<Argument> Without(Token[] tokens, IReadOnlyList<Argument> arguments)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(arguments);
        List<Argument>? kept = null;
        for (var a = 0; a < arguments.Count; a++)
        {
            if (IsOwner(tokens, arguments[a]))
            {
                kept ??= [.. arguments.Take(a)];
                continue;
            }

            kept?.Add(arguments[a]);
        }

        return kept ?? arguments;
    }

    private bool IsOwner(Token[] tokens, Argument argument)
    {
        var noun = argument.TokenStart - 2;
        return argument.Role == ArgumentRole.Genitive && noun >= 0 && grammar.Attacks.ValueOf(tokens[noun].Lower) is { } code
            && code.StartsWith(SanctionRoot, StringComparison.Ordinal);
    }
}

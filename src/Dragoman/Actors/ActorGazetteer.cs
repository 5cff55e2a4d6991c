namespace Dragoman.Actors;

/// <summary>
/// Everything the actor matcher knows, compiled: one phrase trie per language, who held which
/// office when, and the display name of every code.
/// </summary>
public sealed class ActorGazetteer
{
    internal ActorGazetteer(IReadOnlyDictionary<string, PhraseTrie> tries, RoleIndex roles, IReadOnlyDictionary<string, string> names)
    {
        Tries = tries;
        Roles = roles;
        DisplayNames = names;
    }

    public IReadOnlyDictionary<string, PhraseTrie> Tries { get; }

    public RoleIndex Roles { get; }

    public IReadOnlyDictionary<string, string> DisplayNames { get; }

    public IEnumerable<string> Languages => Tries.Keys;

    public PhraseTrie TrieFor(string? language) =>
        language is not null && Tries.TryGetValue(language, out var trie) ? trie : Tries[ActorGazetteerLoader.AnyLanguage];

    public string NameOf(string code) => DisplayNames.TryGetValue(code, out var name) ? name : code;

    /// <summary>An actor for a code, its country read from the code (null for IGO/NGO codes).</summary>
    public Actor ActorFor(string code, string? name = null) => new(code, CountryOf(code), name ?? NameOf(code));

    public static string? CountryOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length < 3 || code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal))
        {
            return null;
        }

        return code[..3];
    }
}

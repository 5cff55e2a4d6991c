namespace Dragoman.Actors;

/// <summary>
/// Everything the actor matcher knows, compiled: one phrase trie per language, who held which
/// office when, and the display name of every code.
/// </summary>
public sealed class ActorGazetteer
{
    internal ActorGazetteer(IReadOnlyDictionary<string, PhraseTrie> tries, RoleIndex roles, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> homeCountries, IReadOnlySet<string> definiteSectors)
    {
        HomeCountries = homeCountries;
        DefiniteSectors = definiteSectors;
        Tries = tries;
        Roles = roles;
        DisplayNames = names;
    }

    public IReadOnlyDictionary<string, PhraseTrie> Tries { get; }

    public RoleIndex Roles { get; }

    public IReadOnlyDictionary<string, string> DisplayNames { get; }

    public IEnumerable<string> Languages => Tries.Keys;

    /// <summary>Per language, the country a bare definite role belongs to when no country was named (references.tsv home).</summary>
    public IReadOnlyDictionary<string, string> HomeCountries { get; }

    /// <summary>Sectors whose bare definite role ("the prime minister") belongs to the document's main country.</summary>
    public IReadOnlySet<string> DefiniteSectors { get; }

    /// <summary>Keys <c>lang:role</c> of role words that, with no article and another noun after them, belong to the main country (references.tsv compound-roles).</summary>
    public IReadOnlySet<string> CompoundRoles { get; init; } = new HashSet<string>();

    /// <summary>"Government forces shelled…", "Army aircraft bombed…": whether this role word, bare before a noun, names the main country's organ.</summary>
    public bool IsCompoundRole(string? language, string role) =>
        language is not null && CompoundRoles.Count > 0 && CompoundRoles.Contains(CompoundKey(language, role));

    internal static string CompoundKey(string language, string role) => language + ":" + role;

    public string? HomeCountryOf(string? language) =>
        language is not null && HomeCountries.TryGetValue(language, out var code) ? code : null;

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

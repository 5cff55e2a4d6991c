using System.Collections.Immutable;
using Dragoman.Data;

namespace Dragoman.Languages;

/// <summary>
/// Everything the detector knows, loaded once from data/languages/profiles/: which script each
/// character belongs to, and per script its languages and trigram model. Immutable and thread-safe.
/// </summary>
public sealed class LanguageProfiles
{
    /// <summary>Script number per UTF-16 unit; 0 means "not a letter of any listed script".</summary>
    private readonly byte[] scriptOfChar;
    private readonly ImmutableArray<ScriptProfile> scripts;

    internal LanguageProfiles(byte[] scriptOfChar, ImmutableArray<ScriptProfile> scripts, LetterFolding folding)
    {
        Folding = folding;
        this.scriptOfChar = scriptOfChar;
        this.scripts = scripts;
        Languages = scripts.SelectMany(s => s.Languages).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Every language code the detector can answer, in ordinal order.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Script names in file order.</summary>
    public ImmutableArray<string> Scripts => scripts.Select(s => s.Name).ToImmutableArray();

    internal int ScriptCount => scripts.Length;

    internal LetterFolding Folding { get; }

    public static LanguageProfiles Load(DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new LanguageProfilesLoader(data).Load();
    }

    /// <summary>1-based script number of a letter, or 0 for non-letters and unlisted scripts.</summary>
    internal int ScriptOf(char c) => scriptOfChar[c];

    internal ScriptProfile Script(int number) => scripts[number - 1];
}

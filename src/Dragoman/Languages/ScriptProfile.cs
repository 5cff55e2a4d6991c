using System.Collections.Immutable;

namespace Dragoman.Languages;

/// <summary>
/// One writing system and the languages written in it. A script with one language decides by
/// itself (Arabic, Han); a script shared by several carries a trigram model to choose among them.
/// </summary>
internal sealed class ScriptProfile
{
    public ScriptProfile(string name, ImmutableArray<string> languages, TrigramModel? model)
    {
        Name = name;
        Languages = languages;
        Model = model;
    }

    public string Name { get; }

    public ImmutableArray<string> Languages { get; }

    public TrigramModel? Model { get; }
}

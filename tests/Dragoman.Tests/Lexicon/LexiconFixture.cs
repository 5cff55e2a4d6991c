using Dragoman.Data;
using Dragoman.Lexicon;

namespace Dragoman.Tests.Lexicon;

/// <summary>Loads the Italian and English lexicons once for all lexicon tests.</summary>
public sealed class LexiconFixture
{
    public LexiconFixture()
    {
        var data = DataDirectory.Locate();
        Italian = Dragoman.Lexicon.Lexicon.Load(data, "it");
        English = Dragoman.Lexicon.Lexicon.Load(data, "en");
        Lemmatizer = new Lemmatizer([Italian, English]);
    }

    public Dragoman.Lexicon.Lexicon Italian { get; }

    public Dragoman.Lexicon.Lexicon English { get; }

    public Lemmatizer Lemmatizer { get; }

    public Dragoman.Lexicon.Lexicon For(string language) => language == "it" ? Italian : English;
}

using Dragoman.Data;
using Dragoman.Languages;

namespace Dragoman.Tests.Languages;

/// <summary>Loads the profiles once for every language test class; training takes a few milliseconds but need not repeat.</summary>
public sealed class LanguageDetectorFixture
{
    public LanguageDetectorFixture()
    {
        Data = DataDirectory.Locate();
        Detector = new LanguageDetector(Data);
        Supported = SupportedLanguages.Load(Data);
    }

    public DataDirectory Data { get; }

    public LanguageDetector Detector { get; }

    public SupportedLanguages Supported { get; }
}

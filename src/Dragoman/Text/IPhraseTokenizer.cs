namespace Dragoman.Text;

/// <summary>Splits a dictionary phrase into the same tokens the pipeline makes of running text.</summary>
public interface IPhraseTokenizer
{
    IReadOnlyList<string> Split(string phrase, string language);
}

namespace Dragoman.Lexicon;

/// <summary>Generates every form of a verb from its lemma (infinitive or base form).</summary>
public interface IInflector
{
    /// <summary>The ISO 639-1 code of the language whose data drives this inflector.</summary>
    string Language { get; }

    IEnumerable<InflectedForm> Inflect(string verbLemma);
}

namespace Dragoman.Documents;

/// <summary>Coarse parts of speech (Universal Dependencies names) as far as the lexicon knows them.</summary>
public enum PartOfSpeech
{
    Unknown,
    Noun,
    Propn,
    Verb,
    Aux,
    Adj,
    Adv,
    Det,
    Adp,
    Pron,
    Cconj,
    Sconj,
    Num,
    Part,
    Punct,
    Sym,
}

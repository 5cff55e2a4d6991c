namespace Dragoman.Documents;

/// <summary>Coarse parts of speech (Universal Dependencies names) as far as the lexicon knows them.</summary>
// One byte, so that Token fits in 48 bytes (see TokenKind).
public enum PartOfSpeech : byte
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

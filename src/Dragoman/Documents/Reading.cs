namespace Dragoman.Documents;

/// <summary>
/// One analysis of a word form from the lexicon: its lemma, part of speech and a short feature tag
/// such as <c>pres.3pl</c>, <c>pp.fs</c>, <c>ger</c> or <c>pl</c>. Several tags of the same lemma and
/// part of speech are joined with commas (<c>pres.2pl,imp.2pl,pp.fp</c>); a <c>+modal</c> or
/// <c>+clitic</c> suffix marks modal verbs and forms with an enclitic pronoun.
/// </summary>
public readonly record struct Reading(string Lemma, PartOfSpeech Pos, string Features)
{
    public bool IsVerbal => Pos is PartOfSpeech.Verb or PartOfSpeech.Aux;

    public bool IsNominal => Pos is PartOfSpeech.Noun or PartOfSpeech.Adj or PartOfSpeech.Propn;
}

using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>
/// An inflection class of nouns or adjectives (noun-inflection.tsv): its part of speech, the tag of
/// the lemma form, and ending rules (longest ending first) giving the other forms.
/// </summary>
internal sealed record NounClass(string Name, PartOfSpeech Pos, string LemmaTag, List<NounEndingRule> Rules);

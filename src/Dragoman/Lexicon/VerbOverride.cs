namespace Dragoman.Lexicon;

/// <summary>
/// One override of an irregular verb: <see cref="Key"/> names a tag or a tense group; <see cref="Value"/>
/// is either <c>stem@class</c> (that class's suffixes on another stem) or the forms themselves
/// (persons separated by '|', variants of one person by '/').
/// </summary>
internal sealed record VerbOverride(string Key, string Value, string Location);

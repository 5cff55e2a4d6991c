namespace Dragoman.Lexicon;

/// <summary>One generated form of a verb and its feature tag (<c>pres.3pl</c>, <c>pp.fs</c>, <c>ger</c>, <c>past</c>).</summary>
public readonly record struct InflectedForm(string Form, string Tag);

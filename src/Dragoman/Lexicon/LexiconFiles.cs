namespace Dragoman.Lexicon;

/// <summary>Names of the lexicon's data files inside data/languages/&lt;iso&gt;/ (see data/README.md).</summary>
internal static class LexiconFiles
{
    public const string Paradigms = "paradigms.tsv";
    public const string Spelling = "spelling.tsv";
    public const string DoublingVerbs = "doubling-verbs.tsv";
    public const string IrregularVerbs = "irregular-verbs.tsv";
    public const string Verbs = "verbs.txt";
    public const string Auxiliaries = "auxiliaries.tsv";
    public const string FunctionWords = "function-words.tsv";
    public const string Nouns = "nouns.tsv";
    public const string NounInflection = "noun-inflection.tsv";
    public const string SuffixGuesses = "suffix-guesses.tsv";
    public const string Enclitics = "enclitics.tsv";

    public static string Folder(string language) => $"languages/{language}/";
}

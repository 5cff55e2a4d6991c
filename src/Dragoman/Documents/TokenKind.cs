namespace Dragoman.Documents;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Quote,
    Symbol,
}

namespace Dragoman.Documents;

// One byte: tokens are the most numerous records, and a byte-sized kind and part of speech keep Token at 48 bytes.
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Symbol,
}

namespace Dragoman.Text;

/// <summary>
/// Keeps one spare <see cref="TokenStrings"/> for the next tokenizing call, so its cache of words
/// carries over from one document to the next; a call that finds the spare taken (another thread
/// holds it) gets a fresh one. Owned by one tokenizer; no shared or static state.
/// </summary>
internal sealed class TokenStringsPool
{
    private TokenStrings? spare;

    public TokenStrings Rent() => Interlocked.Exchange(ref spare, null) ?? new TokenStrings();

    public void Return(TokenStrings strings) => Volatile.Write(ref spare, strings);
}

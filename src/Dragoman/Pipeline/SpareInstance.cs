namespace Dragoman.Pipeline;

/// <summary>
/// One spare instance of a stage's scratch object (a word cache, an index), lent to each call so
/// that what it learned or the room it grew carries over to the next document; a call that finds
/// the spare taken (another thread holds it) gets a fresh one. Owned by one stage; no shared or
/// static state.
/// </summary>
public sealed class SpareInstance<T>(Func<T> create)
    where T : class
{
    private readonly Func<T> create = create ?? throw new ArgumentNullException(nameof(create));
    private T? spare;

    public T Rent() => Interlocked.Exchange(ref spare, null) ?? create();

    public void Return(T instance) => Volatile.Write(ref spare, instance);
}

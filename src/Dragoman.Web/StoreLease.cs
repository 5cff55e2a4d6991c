using Dragoman.Storage;

namespace Dragoman.Web;

/// <summary>A store rented from the <see cref="StorePool"/> for one request; disposing gives it back.</summary>
public sealed class StoreLease : IDisposable
{
    private readonly StorePool pool;
    private bool returned;

    internal StoreLease(IEventStore store, StorePool pool)
    {
        Store = store;
        this.pool = pool;
    }

    public IEventStore Store { get; }

    public void Dispose()
    {
        if (!returned)
        {
            returned = true;
            pool.Return(Store);
        }
    }
}

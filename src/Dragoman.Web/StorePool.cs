using System.Collections.Concurrent;
using Dragoman.Storage;

namespace Dragoman.Web;

/// <summary>
/// Open stores kept for reuse: a store holds one connection and is not thread-safe, so each request
/// rents its own, and opening (with the migration check) is too slow to do per request.
/// </summary>
public sealed class StorePool : IDisposable
{
    private const int Kept = 8;

    private readonly ConcurrentBag<IEventStore> idle = [];
    private readonly string target;

    public StorePool(string? db)
    {
        target = EventStoreFactory.Resolve(db);
        // Open once now so a bad --db fails at start-up, not on the first request.
        idle.Add(EventStoreFactory.Open(target));
    }

    /// <summary>Where the store lives, with any password hidden.</summary>
    public string Describe() => EventStoreFactory.IsPostgres(target) ? "PostgreSQL" : Path.GetFullPath(target);

    public StoreLease Rent() => new(idle.TryTake(out var store) ? store : EventStoreFactory.Open(target), this);

    internal void Return(IEventStore store)
    {
        if (idle.Count < Kept)
        {
            idle.Add(store);
        }
        else
        {
            store.Dispose();
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}

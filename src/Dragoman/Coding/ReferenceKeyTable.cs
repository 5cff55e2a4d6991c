using System.Runtime.CompilerServices;

namespace Dragoman.Coding;

/// <summary>
/// A fixed table from interned key strings to values, probed by object identity: the analyser asks for word
/// classes by string literal on nearly every token, and an identity hash is read from the object header where a
/// dictionary would hash every character and call its comparer through an interface.
/// </summary>
/// <typeparam name="TValue">What a key names.</typeparam>
internal sealed class ReferenceKeyTable<TValue>
    where TValue : class
{
    private readonly string?[] keys;
    private readonly TValue?[] values;
    private readonly int mask;

    public ReferenceKeyTable(IReadOnlyList<(string Key, TValue Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // At most a quarter full, so that a probe rarely passes more than one slot.
        var size = 16;
        while (size < entries.Count * 4)
        {
            size *= 2;
        }

        keys = new string?[size];
        values = new TValue?[size];
        mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var slot = RuntimeHelpers.GetHashCode(key) & mask;
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = value;
        }
    }

    /// <summary>The value of this very string instance, or null when the instance is not a key (an equal string may still be).</summary>
    public TValue? Find(string key)
    {
        var slot = RuntimeHelpers.GetHashCode(key) & mask;
        while (keys[slot] is { } candidate)
        {
            if (ReferenceEquals(candidate, key))
            {
                return values[slot];
            }

            slot = (slot + 1) & mask;
        }

        return null;
    }
}

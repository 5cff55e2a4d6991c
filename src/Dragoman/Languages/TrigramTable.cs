namespace Dragoman.Languages;

/// <summary>
/// Packed trigram → row number, as one open-addressing array: detection looks up every trigram of
/// its sample, and a multiply-shift hash with linear probing in a half-empty table is several
/// times cheaper than a general dictionary. Built once; read-only afterwards, so thread-safe.
/// </summary>
internal sealed class TrigramTable
{
    // Keys pack three UTF-16 units with at least one non-zero (letters or the padding space), so 0 marks an empty slot.
    private readonly ulong[] keys;
    private readonly int[] values;
    private readonly int shift;

    public TrigramTable(IReadOnlyDictionary<ulong, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var bits = 4;
        while ((1 << bits) < rows.Count * 2)
        {
            bits++;
        }

        keys = new ulong[1 << bits];
        values = new int[1 << bits];
        shift = 64 - bits;
        foreach (var (key, value) in rows)
        {
            var slot = Slot(key);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (keys.Length - 1);
            }

            keys[slot] = key;
            values[slot] = value;
        }

        Count = rows.Count;
    }

    public int Count { get; }

    public bool TryGetValue(ulong key, out int value)
    {
        var mask = keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = keys[slot];
            if (found == key)
            {
                value = values[slot];
                return key != 0;
            }

            if (found == 0)
            {
                value = 0;
                return false;
            }
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}

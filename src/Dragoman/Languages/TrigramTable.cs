namespace Dragoman.Languages;

/// <summary>
/// Packed trigram → row number, as one open-addressing array: detection looks up every trigram of
/// its sample, and a multiply-shift hash with linear probing in a half-empty table is several
/// times cheaper than a general dictionary. Built once; read-only afterwards, so thread-safe.
/// </summary>
internal sealed class TrigramTable
{
    // Keys pack three UTF-16 units with at least one non-zero (letters or the padding space), so 0 marks an empty slot.
    // Key and row share a slot, so a probe reads one cache line.
    private readonly Slot[] slots;
    private readonly int shift;

    public TrigramTable(IReadOnlyDictionary<ulong, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var bits = 4;
        while ((1 << bits) < rows.Count * 2)
        {
            bits++;
        }

        slots = new Slot[1 << bits];
        shift = 64 - bits;
        foreach (var (key, value) in rows)
        {
            var slot = SlotOf(key);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = new Slot(key, value);
        }

        Count = rows.Count;
    }

    public int Count { get; }

    public bool TryGetValue(ulong key, out int value)
    {
        var mask = slots.Length - 1;
        for (var slot = SlotOf(key); ; slot = (slot + 1) & mask)
        {
            var found = slots[slot];
            if (found.Key == key)
            {
                value = found.Row;
                return key != 0;
            }

            if (found.Key == 0)
            {
                value = 0;
                return false;
            }
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private readonly record struct Slot(ulong Key, int Row);
}

namespace Dragoman.Lexicon;

/// <summary>
/// Lower-case form → analysis, as an open-addressing hash table read with a span. The lemmatizer
/// looks up every word of every document, often after other stages have pushed the lexicon out of
/// the processor cache, so the table touches few cache lines: a slot holds the hash beside the
/// entry number (a mismatch costs no further read), and an entry holds key and value together.
/// Built once; read-only afterwards, so thread-safe.
/// </summary>
internal sealed class FormTable
{
    private readonly ulong[] slots;
    private readonly Entry[] entries;

    public FormTable(IEnumerable<KeyValuePair<string, FormAnalysis>> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        entries = [.. forms.Select(f => new Entry(f.Key, f.Value))];
        var size = 16;
        while (size < entries.Length * 2)
        {
            size *= 2;
        }

        slots = new ulong[size];
        for (var i = 0; i < entries.Length; i++)
        {
            var hash = Hash(entries[i].Key);
            var slot = (int)hash & (size - 1);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            // Entry number + 1 in the low half, so an empty slot is 0.
            slots[slot] = ((ulong)hash << 32) | (uint)(i + 1);
        }
    }

    public int Count => entries.Length;

    public bool TryGetValue(ReadOnlySpan<char> key, out FormAnalysis value)
    {
        var hash = Hash(key);
        var mask = slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var found = slots[slot];
            if (found == 0)
            {
                value = FormAnalysis.None;
                return false;
            }

            if ((uint)(found >> 32) == hash)
            {
                var entry = entries[(int)(uint)found - 1];
                if (key.SequenceEqual(entry.Key))
                {
                    value = entry.Value;
                    return true;
                }
            }
        }
    }

    /// <summary>FNV-1a over the UTF-16 units, then a final mix so the low bits that pick the slot depend on every character.</summary>
    private static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return hash;
    }

    private readonly record struct Entry(string Key, FormAnalysis Value);
}

using System.Collections.Concurrent;
using Dragoman.Data;
using Dragoman.Documents;

namespace Dragoman.Lexicon;

/// <summary>
/// Every known form of one language mapped to its readings (lemma, part of speech, features), built
/// once from data by <see cref="LexiconLoader"/>. Lookups take spans and do not allocate on hits.
/// </summary>
public sealed class Lexicon
{
    private const int MaxWordLength = 64;

    private readonly FormTable forms;
    private readonly SuffixGuess[] guesses;
    private readonly string[] enclitics;
    private readonly string[] infinitiveRestorations;

    // Words the lexicon lacks are analysed by enclitic splitting and suffix guesses, which is slow;
    // the same names and nouns recur across documents, so their analyses are remembered (bounded).
    private readonly ConcurrentDictionary<string, FormAnalysis> derived = new(StringComparer.Ordinal);
    private const int MaxDerived = 200_000;

    internal Lexicon(
        string language,
        IInflector inflector,
        FormTable forms,
        IReadOnlyList<string> verbLemmas,
        SuffixGuess[] guesses,
        string[] enclitics,
        string[] infinitiveRestorations)
    {
        Language = language;
        Inflector = inflector;
        this.forms = forms;
        VerbLemmas = verbLemmas;
        this.guesses = guesses;
        this.enclitics = enclitics;
        this.infinitiveRestorations = infinitiveRestorations;
    }

    public string Language { get; }

    public IInflector Inflector { get; }

    /// <summary>The verb lemmas of verbs.txt and auxiliaries.tsv.</summary>
    public IReadOnlyList<string> VerbLemmas { get; }

    /// <summary>Loads the lexicon of one language from data/languages/&lt;language&gt;/.</summary>
    public static Lexicon Load(DataDirectory directory, string language) => LexiconLoader.Load(directory, language);

    /// <summary>How many distinct word forms the lexicon knows.</summary>
    public int FormCount => forms.Count;

    /// <summary>The readings of a lower-case form, best first; empty when the form is not in the lexicon.</summary>
    public IReadOnlyList<Reading> Lookup(ReadOnlySpan<char> lower) => forms.TryGetValue(lower, out var found) ? found.Readings : [];

    /// <summary>
    /// Readings of a lower-case word: the lexicon, then a verb with enclitic pronouns (firmarlo,
    /// dichiarandosi), then suffix guesses (-mente → ADV); empty when nothing applies.
    /// </summary>
    public IReadOnlyList<Reading> Analyze(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        return Find(lower, derive: true).Readings;
    }

    /// <summary>As <see cref="Analyze(string)"/> for a span, without remembering the result.</summary>
    public IReadOnlyList<Reading> Analyze(ReadOnlySpan<char> lower)
    {
        if (forms.TryGetValue(lower, out var found))
        {
            return found.Readings;
        }

        return WithEnclitic(lower) ?? Guess(lower) ?? [];
    }

    /// <summary>
    /// The analysis of a lower-case word: one hash lookup for a known form; with <paramref name="derive"/>,
    /// unknown words are analysed as <see cref="Analyze(string)"/> does and remembered; without it they have none.
    /// </summary>
    internal FormAnalysis Find(string lower, bool derive)
    {
        if (forms.TryGetValue(lower, out var found))
        {
            return found;
        }

        if (!derive)
        {
            return FormAnalysis.None;
        }

        if (derived.TryGetValue(lower, out var known))
        {
            return known;
        }

        var readings = WithEnclitic(lower) ?? Guess(lower);
        var analysis = readings is null ? FormAnalysis.None : new FormAnalysis(readings);
        if (derived.Count < MaxDerived)
        {
            derived.TryAdd(lower, analysis);
        }

        return analysis;
    }

    private Reading[]? WithEnclitic(ReadOnlySpan<char> lower)
    {
        const int MaxRestoration = 8;
        if (enclitics.Length == 0 || lower.Length > MaxWordLength)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[MaxWordLength + MaxRestoration];
        foreach (var clitic in enclitics)
        {
            if (lower.Length <= clitic.Length + 2 || !lower.EndsWith(clitic, StringComparison.Ordinal))
            {
                continue;
            }

            var host = lower[..^clitic.Length];
            if (forms.TryGetValue(host, out var hostForm) && FirstVerbal(hostForm.Readings, infinitive: false) is { } verb)
            {
                return [verb with { Features = verb.Features + "+clitic" }];
            }

            foreach (var ending in infinitiveRestorations)
            {
                if (ending.Length > MaxRestoration)
                {
                    continue;
                }

                host.CopyTo(buffer);
                ending.CopyTo(buffer[host.Length..]);
                if (forms.TryGetValue(buffer[..(host.Length + ending.Length)], out var restored)
                    && FirstVerbal(restored.Readings, infinitive: true) is { } infinitive)
                {
                    return [infinitive with { Features = "inf+clitic" }];
                }
            }
        }

        return null;
    }

    private static Reading? FirstVerbal(Reading[] readings, bool infinitive)
    {
        foreach (var reading in readings)
        {
            if (!reading.IsVerbal)
            {
                continue;
            }

            var tags = reading.Features.AsSpan();
            var fits = infinitive
                ? tags.StartsWith("inf", StringComparison.Ordinal)
                : tags.Contains("ger", StringComparison.Ordinal) || tags.Contains("imp.", StringComparison.Ordinal);
            if (fits)
            {
                return reading;
            }
        }

        return null;
    }

    private Reading[]? Guess(ReadOnlySpan<char> lower)
    {
        foreach (var guess in guesses)
        {
            if (lower.Length > guess.Suffix.Length + 2 && lower.EndsWith(guess.Suffix, StringComparison.Ordinal))
            {
                var lemma = guess.LemmaEnding is null
                    ? lower.ToString()
                    : string.Concat(lower[..^guess.Suffix.Length], guess.LemmaEnding);
                return [new Reading(lemma, guess.Pos, guess.Features)];
            }
        }

        return null;
    }
}

using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Actors;

/// <summary>
/// Finds actor mentions sentence by sentence with one compiled trie and resolves each to a code on
/// the document's date. Short names ("Kim") count only after the full name appeared.
/// </summary>
public sealed class ActorMatcher : IPipelineStage
{
    private readonly AtomFinder finder;
    private readonly MentionComposer composer;
    private readonly ActorGazetteer gazetteer;
    private readonly TimeProvider clock;
    private readonly ActorLinks links;

    public ActorMatcher(ActorGazetteer gazetteer, ActorLinks links, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(links);
        this.gazetteer = gazetteer;
        this.links = links;
        finder = new AtomFinder(gazetteer);
        composer = new MentionComposer(gazetteer, links);
        this.clock = clock ?? TimeProvider.System;
    }

    public string Name => "actors";

    public DocumentLayers Needs => DocumentLayers.Tokens;

    public DocumentLayers Adds => DocumentLayers.Mentions;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = document.PublicationDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var memory = new DocumentMemory(gazetteer.HomeCountryOf(document.Language));
        var mentions = new List<ActorMention>();
        var folded = new List<string>();
        var atoms = new List<Atom>();
        var matches = new List<(int Length, PhraseEntry Entry)>();
        var shortForms = new List<GazetteerEntry>();
        foreach (var sentence in document.Sentences)
        {
            folded.Clear();
            foreach (var token in document.TokensOf(sentence))
            {
                folded.Add(TextFolding.Fold(Backer(document.Language, token.Lower)));
            }

            finder.Find(document, sentence, folded, memory.Seen, date, atoms, matches, shortForms, memory);
            memory.SentenceHint = FirstCountry(atoms, date);
            composer.Compose(document, sentence, atoms, date, memory, mentions);
        }

        document.Mentions = mentions;
    }

    /// <summary>The country of the first name, demonym, capital, city, seat or office holder among a sentence's matches, or null.</summary>
    private static string? FirstCountry(List<Atom> atoms, DateOnly date)
    {
        foreach (var atom in atoms)
        {
            var code = atom.Kind switch
            {
                EntryKind.CountryName or EntryKind.Demonym or EntryKind.Capital or EntryKind.Seat => atom.Entry.Code,
                EntryKind.Person => atom.Entry.Person?.RoleOn(date)?.Code,
                _ => null,
            };
            if (code is not null && ActorGazetteer.CountryOf(code) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>
    /// "Iranian-backed militias", "Saudi-led coalition": a word joined by a hyphen to a sponsor word
    /// (links.tsv) is matched as the name or demonym it starts with, the backer of the noun after it.
    /// </summary>
    private string Backer(string? language, string lower)
    {
        var hyphen = lower.LastIndexOf('-');
        return language is not null && hyphen > 0 && hyphen < lower.Length - 1 && links.Is(language, "sponsor", lower.AsSpan(hyphen + 1)) ? lower[..hyphen] : lower;
    }
}

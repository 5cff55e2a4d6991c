using Dragoman.Documents;
using Dragoman.Pipeline;

namespace Dragoman.Actors;

/// <summary>
/// Resolves "i due paesi" / "the two countries" to the pair last named together ("Russia e Corea
/// del Nord"), else to the two actors named most often so far.
/// </summary>
public sealed class PairResolver : IPipelineStage
{
    private readonly ActorLinks links;
    private readonly ActorGazetteer gazetteer;

    public PairResolver(ActorLinks links, ActorGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.links = links;
        this.gazetteer = gazetteer;
    }

    public string Name => "pairs";

    public DocumentLayers Needs => DocumentLayers.Mentions;

    public DocumentLayers Adds => DocumentLayers.Coreference;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<ActorMention>(document.Mentions.Count);
        (Actor, Actor)? lastPair = null;
        Actor[]? lastTrio = null;
        var run = new List<Actor>();
        var counts = new Dictionary<string, (Actor Actor, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var mention = document.Mentions[i];
            if (mention.Kind == MentionKind.Trio)
            {
                if (lastTrio is { } t)
                {
                    result.Add(mention with { Actor = t[0], Members = t, Reason = mention.Reason + $" + the three last named in one list: {string.Join(", ", t.Select(a => a.Name))}" });
                }

                continue;
            }

            // "France, Britain and Germany": a list of three countries joined by commas and a coordinator, for "the three powers".
            if (mention.Kind is not MentionKind.Pair && mention.Actor.Country is not null)
            {
                if (i == 0 || !Listed(document, document.Mentions[i - 1], mention) || run.Any(a => a.Primary == mention.Actor.Primary))
                {
                    run.Clear();
                }

                run.Add(Country(mention.Actor));
                lastTrio = run.Count == 3 ? [.. run] : lastTrio;
            }

            if (mention.Kind == MentionKind.Pair)
            {
                var pair = lastPair ?? MostFrequent(counts);
                if (pair is { } p)
                {
                    result.Add(mention with
                    {
                        Actor = p.Item1,
                        Members = [p.Item1, p.Item2],
                        Reason = mention.Reason + (lastPair is null ? " + the two actors named most often" : $" + the pair last named together: {p.Item1.Name}, {p.Item2.Name}"),
                    });
                }

                continue;
            }

            result.Add(mention);
            if (mention.Kind == MentionKind.Demonym)
            {
                // "tra delegazioni russe e ucraine": a demonym joined to the mention before it names a pair,
                // though a demonym alone is not counted among the actors named.
                if (i > 0 && Coordinated(document, document.Mentions[i - 1], mention))
                {
                    lastPair = (Country(document.Mentions[i - 1].Actor), Country(mention.Actor));
                }

                continue;
            }

            var key = mention.Actor.Primary;
            counts[key] = (mention.Actor, counts.TryGetValue(key, out var c) ? c.Count + 1 : 1);
            if (i > 0 && Coordinated(document, document.Mentions[i - 1], mention))
            {
                lastPair = (Country(document.Mentions[i - 1].Actor), Country(mention.Actor));
            }
        }

        document.Mentions = result;
    }

    private bool Coordinated(Document document, ActorMention left, ActorMention right)
    {
        if (left.Sentence != right.Sentence || left.Actor.Primary == right.Actor.Primary || left.Kind is MentionKind.Pair)
        {
            return false;
        }

        var gap = right.TokenStart - left.TokenEnd;
        return gap is 1 or 2 && links.Is(document.Language, "coordinator", document.Tokens[left.TokenEnd].Lower);
    }

    /// <summary>Two mentions of one sentence joined by a comma or a coordinator ("France, Britain and Germany").</summary>
    private bool Listed(Document document, ActorMention left, ActorMention right)
    {
        if (left.Sentence != right.Sentence || left.Kind is MentionKind.Pair or MentionKind.Trio || right.TokenStart - left.TokenEnd is < 1 or > 2)
        {
            return false;
        }

        var joiner = document.Tokens[left.TokenEnd].Lower;
        return joiner == "," || links.Is(document.Language, "coordinator", joiner);
    }

    private Actor Country(Actor actor) =>
        actor.Country is { } country ? gazetteer.ActorFor(country) : actor;

    private (Actor, Actor)? MostFrequent(Dictionary<string, (Actor Actor, int Count)> counts)
    {
        var top = counts.Values.OrderByDescending(v => v.Count).Take(2).ToArray();
        return top.Length == 2 ? (Country(top[0].Actor), Country(top[1].Actor)) : null;
    }
}

namespace Dragoman.Actors;

/// <summary>
/// "the Balkan nation", "the Gulf state", "the island", "the bloc": a description standing alone for an actor
/// named before it (actors/descriptions.tsv). It stands for the most recent actor of the document whose code
/// fits the description, so "the island" after Taiwan and China is Taiwan, and "the bloc" after the EU and the
/// WTO is the EU. When nothing named before fits, the words name no actor.
/// </summary>
internal sealed class DescriptionMentions(ActorGazetteer gazetteer)
{
    private const string AnyCountry = "*";

    private const string OtherCountry = "~";

    private static bool Definite(Documents.Token token) =>
        token.Pos == Documents.PartOfSpeech.Det && token.Features?.Contains("def", StringComparison.Ordinal) == true;

    private static bool Possessive(Documents.Token token) =>
        token.Pos == Documents.PartOfSpeech.Det && token.Features?.Contains("poss", StringComparison.Ordinal) == true;

    public ActorMention? Build(CompositionContext c, Atom atom)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(atom);
        // "the island of Rhodes", "l'isola di Lampedusa", "the kingdom Bhutan": the description is followed by the name it stands for.
        var tokens = c.Document.Tokens;
        if ((atom.End + 1 < c.Sentence.TokenEnd && c.IsLink(atom.End, "of") && tokens[atom.End + 1].IsCapitalized)
            || (atom.End < c.Sentence.TokenEnd && tokens[atom.End].IsCapitalized))
        {
            return null;
        }

        // A phrase listed without its article ("regno", "isola") stands for a country only after a definite one ("il regno", "dell'isola");
        // one listed with a possessive ("its ally") is as definite.
        if (!Definite(tokens[atom.Start]) && !c.DefiniteBefore(atom.Start) && !Possessive(tokens[atom.Start]))
        {
            return null;
        }

        // "the country" fits any country: like "its", it is the sentence's first country, else the last named;
        // "il vicino" ("~") any country but the sentence's first.
        var any = atom.Entry.Fits is [AnyCountry];
        var other = atom.Entry.Fits is [OtherCountry];
        var country = any ? c.Memory.SentenceCountry ?? c.Memory.LastCountry : null;
        var fitting = any ? null : other ? c.Memory.LastFitting([AnyCountry], except: c.Memory.SentenceCountry) : c.Memory.LastFitting(atom.Entry.Fits);
        if (country is null && fitting is null)
        {
            return null;
        }

        var organisation = fitting is { Country: null };
        var actor = organisation ? fitting! : gazetteer.ActorFor(country ?? fitting!.Country!);
        c.Memory.Remember(actor, null);
        var first = c.IncludeArticle(atom.Start);
        return new ActorMention(c.Sentence.Index, first, atom.End, tokens[first].Start, tokens[atom.End - 1].End)
        {
            Actor = actor,
            Kind = organisation ? MentionKind.Organisation : MentionKind.Country,
            Reason = $"{atom.Entry.Source}: the last actor named that the description fits, {actor.Name}",
        };
    }
}

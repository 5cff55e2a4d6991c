using Dragoman.Documents;

namespace Dragoman.Actors;

/// <summary>The sentence being composed and the token tests the composition rules share.</summary>
internal sealed record CompositionContext(Document Document, Sentence Sentence, List<Atom> Atoms, DateOnly Date, DocumentMemory Memory, ActorLinks Links)
{
    /// <summary>The most capitalised tokens taken as an unknown person's name after a role.</summary>
    private const int MaxNameTokens = 4;

    // One set of parts serves every mention of the sentence in turn: a mention copies what it needs.
    private MentionParts? parts;

    private string? Language => Document.Language;

    /// <summary>The parts of the next mention, starting at <paramref name="atom"/> and empty otherwise.</summary>
    public MentionParts PartsStartingAt(Atom atom)
    {
        if (parts is null)
        {
            return parts = new MentionParts { First = atom, Last = atom };
        }

        parts.StartAt(atom);
        return parts;
    }

    public bool Adjacent(int atomIndex, int token, EntryKind kind) =>
        atomIndex < Atoms.Count && Atoms[atomIndex].Start == token && Atoms[atomIndex].Kind == kind;

    /// <summary>"South Korean anti-corruption investigators": the atom follows, with only modifier links (links.tsv) between.</summary>
    public bool AdjacentOverModifiers(int atomIndex, int token, EntryKind kind)
    {
        const int MaxModifiers = 2;
        for (var k = 0; k <= MaxModifiers; k++)
        {
            if (Adjacent(atomIndex, token + k, kind))
            {
                return true;
            }

            if (!IsLink(token + k, "modifier"))
            {
                return false;
            }
        }

        return false;
    }

    public bool IsLink(int token, string kind) =>
        token >= Sentence.TokenStart && token < Sentence.TokenEnd && Links.Is(Language, kind, Document.Tokens[token].Lower);

    /// <summary>"Taiwan's president", "Taiwan's new leader": the possessive clitic right after the holder, then a role.</summary>
    public bool PossessiveSector(int atomIndex, int token) => PossessiveThen(atomIndex, token, EntryKind.Sector);

    /// <summary>"Belgium's King Philippe": the possessive clitic right after the holder, then a person.</summary>
    public bool PossessivePerson(int atomIndex, int token) => PossessiveThen(atomIndex, token, EntryKind.Person);

    /// <summary>
    /// After a role: a demonym ("presidente russo"), an organisation's acronym ("Alta rappresentante
    /// Ue") or of + [article] + holder ("leader della Corea del Nord", "governo di Netanyahu"). A
    /// holder that owns the next role ("commanders of China's Rocket Force") is left to that role.
    /// </summary>
    /// <summary>"la procura nazionale polacca", "le forze navali iraniane": up to two adjectives between a role and its demonym.</summary>
    private bool AfterAdjectives(int atomIndex, int token, EntryKind kind)
    {
        if (atomIndex >= Atoms.Count || Atoms[atomIndex].Kind != kind)
        {
            return false;
        }

        var gap = Atoms[atomIndex].Start - token;
        if (gap is < 1 or > 2)
        {
            return false;
        }

        for (var k = token; k < Atoms[atomIndex].Start; k++)
        {
            var between = Document.Tokens[k];
            if (between.Pos is not (PartOfSpeech.Adj or PartOfSpeech.Adv) || between.IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    public int TakeHolder(MentionParts parts, int j)
    {
        var end = parts.Last.End;
        if (Adjacent(j, end, EntryKind.Demonym) || Adjacent(j, end, EntryKind.Organisation) || AfterAdjectives(j, end, EntryKind.Demonym) || RoleComplement.BeforeDemonym(this, j, end))
        {
            parts.Holder = Atoms[j];
            parts.Last = Atoms[j];
            return j + 1;
        }

        if (j >= Atoms.Count || !IsLink(end, "of"))
        {
            return j;
        }

        var gap = Atoms[j].Start - end;
        var articleBetween = gap == 2 && IsLink(end + 1, "article");
        var holder = Atoms[j].Kind is EntryKind.CountryName or EntryKind.Organisation or EntryKind.Seat or EntryKind.Capital or EntryKind.Group or EntryKind.CountryReference
            || (Atoms[j].Kind == EntryKind.Person && gap == 1);
        if ((gap == 1 || articleBetween) && holder && !PossessiveSector(j + 1, Atoms[j].End))
        {
            parts.Holder = Atoms[j];
            parts.Last = Atoms[j];
            return j + 1;
        }

        // A role of a body named with its country: "lo speaker della Camera americana".
        if ((gap == 1 || articleBetween) && Atoms[j].Kind == EntryKind.Sector && Adjacent(j + 1, Atoms[j].End, EntryKind.Demonym))
        {
            parts.InnerSector = Atoms[j];
            parts.Holder = Atoms[j + 1];
            parts.Last = Atoms[j + 1];
            return j + 2;
        }

        // A role of a person named with an office: "gli oppositori del presidente Kais Saied" keep their own sector
        // and take the country of the person's office.
        if ((gap == 1 || articleBetween) && Atoms[j].Kind == EntryKind.Sector && Adjacent(j + 1, Atoms[j].End, EntryKind.Person))
        {
            parts.Holder = Atoms[j + 1];
            parts.Last = Atoms[j + 1];
            return j + 2;
        }

        return j;
    }

    /// <summary>Head nouns after a role: "Chinese coast guard vessels", "Hamas military commander".</summary>
    public int TakeSectorChain(MentionParts parts, int j)
    {
        while (Adjacent(j, parts.Last.End, EntryKind.Sector))
        {
            parts.Last = Atoms[j];
            j++;
        }

        return j;
    }

    /// <summary>"Hezbollah members": a member noun after a group keeps the group's code.</summary>
    public void TakeMember(MentionParts parts)
    {
        if (IsLink(parts.Last.End, "member"))
        {
            parts.ExtendTo(parts.Last.End + 1);
        }
    }

    /// <summary>
    /// A government role + in + capital, when definite or owned by a group of that country: "the new
    /// authorities in Damascus", "Taliban administration in Kabul" (not "leaders in London"). A role of a
    /// `placed` sector (links.tsv: courts) belongs to the place whatever its article: "a court in
    /// Pristina", "judges in Istanbul".
    /// </summary>
    public int TakeLocation(MentionParts parts, int j)
    {
        var end = parts.Last.End;
        var sector = parts.Sector?.Entry.Code;
        var placed = sector is not null && parts.Holder is null && parts.SectorFirst && Links.Is(Language, "placed", sector);
        if ((sector != "GOV" && !placed) || !IsLink(end, "in") || !Adjacent(j, end + 1, EntryKind.Capital))
        {
            return j;
        }

        var capital = Atoms[j];
        var owned = parts.Holder is { } holder && holder.Entry.Country == capital.Entry.Country;
        var definite = parts.Holder is null && parts.SectorFirst && DefiniteBefore(parts.First.Start);
        if (!owned && !definite && !placed)
        {
            return j;
        }

        parts.Holder ??= capital;
        parts.Last = capital;
        return j + 1;
    }

    /// <summary>The person a role names: right after it ("presidente Putin") or in apposition (", Kim Jong-un").</summary>
    public int TakePerson(MentionParts parts, int j)
    {
        if (j >= Atoms.Count || Atoms[j].Kind is not (EntryKind.Person or EntryKind.PersonShort))
        {
            return j;
        }

        var atom = Atoms[j];
        var end = parts.Last.End;
        var apposition = atom.Start == end + 1 && IsLink(end, "apposition");
        if (atom.Start != end && !apposition)
        {
            return j;
        }

        parts.Person = atom;
        parts.Last = atom;
        return j + 1;
    }

    /// <summary>
    /// A run of up to four capitalised words right after a named office, not part of any gazetteer
    /// phrase, is the holder's name even when people.tsv does not know it ("Slovak Prime Minister
    /// Robert Fico"); after a comma (apposition) at least two words are needed.
    /// </summary>
    public void TakeUnknownName(MentionParts parts, int j)
    {
        var start = parts.Last.End;
        var apposition = IsLink(start, "apposition");
        if (apposition)
        {
            start++;
        }

        var limit = Math.Min(Sentence.TokenEnd, j < Atoms.Count ? Atoms[j].Start : Sentence.TokenEnd);
        var end = start;
        while (end < limit && end - start < MaxNameTokens && IsNameToken(Document.Tokens[end], end == start))
        {
            end++;
        }

        if (end - start < (apposition ? 2 : 1))
        {
            return;
        }

        var tokens = Document.Tokens;
        parts.UnknownName = Document.Text[tokens[start].Start..tokens[end - 1].End];
        parts.ExtendTo(end);
    }

    /// <summary>
    /// "Government forces shelled…", "Army aircraft bombed…", "shelled government positions": a role with no article,
    /// determiner, possessive, number or name before it that heads a chain of roles or modifies the common noun after it.
    /// </summary>
    public bool BareCompound(MentionParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var tokens = Document.Tokens;
        var first = parts.First.Start;

        // "military talks", "military cooperation": an adjective reading is no role.
        if (tokens[first].Pos == PartOfSpeech.Adj)
        {
            return false;
        }

        if (first > Sentence.TokenStart && (tokens[first - 1].Pos is PartOfSpeech.Det or PartOfSpeech.Num or PartOfSpeech.Propn
            || IsLink(first - 1, "article") || IsLink(first - 1, "definite") || IsLink(first - 1, "determiner") || IsLink(first - 1, "possessive")))
        {
            return false;
        }

        var next = parts.Last.End;
        return parts.Last.Start > parts.First.Start || (next < Sentence.TokenEnd && tokens[next].Pos == PartOfSpeech.Noun && !tokens[next].IsCapitalized);
    }

    /// <summary>True when a possessive determiner ("its", "sue") stands before the token, past any modifiers.</summary>
    public bool DeterminerBefore(int first) => IsLink(SkipBack(first, "modifier") - 1, "determiner");

    /// <summary>True when a definite article or articulated preposition ("the", "all'") stands before the phrase.</summary>
    public bool DefiniteBefore(int first) => IsLink(SkipBack(SkipBack(first, "modifier"), "determiner") - 1, "definite");

    /// <summary>Extends a mention back over modifiers, determiners and the article before it ("il suo nuovo…").</summary>
    public int IncludeArticle(int first)
    {
        var modified = SkipBack(first, "modifier");
        var start = SkipBack(modified, "determiner");
        start = start > Sentence.TokenStart && IsLink(start - 1, "article") ? start - 1 : start;

        // "The African Union suspended Niger's membership": a modifier that can be a verb belongs to the phrase only after an
        // article or a determiner ("the suspended mayor").
        return start == modified && VerbBetween(modified, first) ? first : start;
    }

    private bool VerbBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Document.Tokens[k].CanBeVerb)
            {
                return true;
            }
        }

        return false;
    }

    private int SkipBack(int first, string kind)
    {
        while (first > Sentence.TokenStart && IsLink(first - 1, kind))
        {
            first--;
        }

        return first;
    }

    private bool PossessiveThen(int atomIndex, int token, EntryKind kind) =>
        IsLink(token, "possessive") && atomIndex < Atoms.Count && Atoms[atomIndex].Kind == kind
        && Atoms[atomIndex].Start - token is 1 or 2;

    /// <summary>A capitalised word with lower-case letters (not an acronym, verb or function word); later words may be "al-Arouri".</summary>
    private static bool IsNameToken(Token token, bool first)
    {
        // Headline case ("Chinese President Says Talks Are Over"): known verbs and function words end the name.
        if (token.CanBeVerb || token.Pos is PartOfSpeech.Aux or PartOfSpeech.Det or PartOfSpeech.Adp or PartOfSpeech.Pron or PartOfSpeech.Cconj or PartOfSpeech.Sconj)
        {
            return false;
        }

        var text = token.Text;
        if (text.Length < 2 || !text.Any(char.IsLower) || !text.All(c => char.IsLetter(c) || c is '-' or '\''))
        {
            return false;
        }

        var hyphen = text.LastIndexOf('-');
        return char.IsUpper(text[0]) || (!first && hyphen > 0 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1]));
    }
}

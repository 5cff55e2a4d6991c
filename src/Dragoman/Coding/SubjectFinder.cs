using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Finds the subject of each verb group: the nearest bare mention before it in its clause, with
/// coordinated mentions ("X e Y", "X, Y e Z"); else the antecedent of a relative pronoun, a
/// pronoun, an inverted subject after a verb of saying, or the subject carried over from the
/// previous clause (coordinated verbs, gerunds, infinitives, Italian dropped subjects).
/// </summary>
public sealed class SubjectFinder
{
    private readonly ClauseGrammar grammar;
    private readonly NationalSubjectFinder nationals;
    private readonly QuotedSpeaker speakers;
    private readonly NounSubjects nounSubjects;
    private readonly CountedSubject counted;
    private readonly ExplicitSubject explicitSubjects;
    private readonly CleftSubject clefts;
    private readonly InsertedClauseSubject inserts;

    public SubjectFinder(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
        nationals = new NationalSubjectFinder(grammar);
        speakers = new QuotedSpeaker(grammar);
        nounSubjects = new NounSubjects(grammar);
        clefts = new CleftSubject(grammar);
        inserts = new InsertedClauseSubject(grammar);
        counted = new CountedSubject(grammar);
        explicitSubjects = new ExplicitSubject(grammar);
    }

    private const string AntecedentOfRelative = "antecedent of the relative pronoun";

    private const string InvertedAfterVerb = "inverted subject after the verb";

    public Participants?[] Find(Document document, SentenceAnalysis analysis, DiscourseState state)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(state);
        var groups = analysis.Groups;
        var subjects = new Participants?[groups.Count];
        // Verbs whose subject is a noun phrase that names no actor ("decine di attivisti hanno manifestato"): a gerund
        // or coordinated verb after them shares that unnamed subject instead of taking an older one.
        var unnamed = new bool[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var floor = Floor(analysis, g);
            var boundary = ClauseStart(document, analysis.Arguments, floor, group.Start);
            // Gerunds, infinitives and verbs right after "and" or a comma take the subject of the verb
            // before them ("South Korea summoned the Russian ambassador and demanded…": the mention
            // before "and" is the previous verb's object, not a subject); a bare participle
            // describes the noun just before it ("la risoluzione americana, bloccata dal veto…").
            var subject = group.BareParticiple ? Modified(document, analysis, group, floor)
                : group.NonFinite ? clefts.Find(document, analysis, g) ?? OwnedDecision.Owner(grammar, document, analysis, group) ?? GerundDoer(document, analysis, g) ?? InsertedClauseSubject.ApposedGerundDoer(document, analysis, g)
                : group.Coordinated && g > 0 ? null : explicitSubjects.Find(document, analysis, group, boundary);
            subject ??= group.NonFinite ? null : Relative(document, analysis, group, boundary, floor);
            // "…blowing it up from inside, calling it a bomb": a gerund after a comma has no pronoun subject; one before the comma is an object.
            var adjunctGerund = group.NonFinite && group.Start > analysis.Sentence.TokenStart && document.Tokens[group.Start - 1].Lower == ",";
            subject ??= adjunctGerund ? null : Pronoun(document, group, boundary, state);
            // "…summoned its ambassador and warned Russia": a verb of saying after "and" shares the subject before it; only a
            // verb of arrival may come before its subject there ("e sono arrivati i soccorsi").
            var unaccusative = grammar["unaccusativeLemma"].Contains(group.Lemma);
            var afterCoordinator = group.Start > analysis.Sentence.TokenStart && grammar["coordinator"].Contains(document.Tokens[group.Start - 1].Lower);
            subject ??= afterCoordinator && !unaccusative ? null : InvertedSubject.Find(document, analysis, group, g, unaccusative);
            subject ??= group.NonFinite ? null : inserts.ClosedRelativeAntecedent(document, analysis, group);
            // Only at the start of a clause of its own: after "e"/"and" or inside the previous verb's
            // object ("ha lodato l'aiuto del Brasile…") a genitive is not a subject.
            subject ??= group.NonFinite || group.Coordinated || (g > 0 && boundary == floor) ? null : nationals.Find(document, analysis, group, boundary);
            var describesText = subject is null && group.NonFinite && g > 0 && nounSubjects.DescribedText(document.Tokens, group) is { } text;
            if (describesText)
            {
                // "China blocked a resolution condemning North Korea": a gerund right after a text's noun tells what the
                // text says; its author is the text's owner ("a UN resolution") or the subject of a verb of authorship
                // ("France drafted a resolution condemning Iran"), not whoever blocks or backs it.
                subject = NounSubjects.TextOwner(document, analysis, group.Start - 1, groups[g - 1].Head)
                    ?? (grammar["authorLemma"].Contains(groups[g - 1].Lemma) ? subjects[g - 1]?.Carried("author of the text the gerund describes") : null);
            }

            unnamed[g] = subject is null && (counted.Before(document, group, boundary) || InvertedSubject.Unnamed(document, analysis, group));
            if (subject is null && !describesText && !group.BareParticiple && !AfterRelativePronoun(document, group, boundary, floor) && !nounSubjects.PassiveNounSubject(document, group, boundary)
                && !unnamed[g])
            {
                // "intercepted a boat bound for Gaza and detained…": a participle describing a noun is
                // no clause of its own; the verb after it continues the one before it.
                // A gerund after a comma ("…, calling it a bomb") goes back to the finite verb of the clause,
                // past any infinitive or gerund complement with a doer of its own ("accused Russia of blowing it up").
                // "…, while again denying that…": a subordinator between the comma and the gerund changes nothing.
                var afterComma = group.NonFinite && group.Start > analysis.Sentence.TokenStart && (document.Tokens[group.Start - 1].Lower == ","
                    || (group.Start - 1 > analysis.Sentence.TokenStart && document.Tokens[group.Start - 2].Lower == "," && grammar["boundary"].Contains(document.Tokens[group.Start - 1].Lower)));
                // "accused Britain and France of planning to send troops, and warned…": a finite verb joined by "and" goes
                // back to the finite verb before it too, past the infinitive or gerund whose doer is that verb's object.
                var finiteAfterAnd = group.Coordinated && !group.NonFinite;
                var p = g - 1;
                while (p > 0 && (groups[p].BareParticiple || ((afterComma || finiteAfterAnd) && groups[p].NonFinite)))
                {
                    p--;
                }

                var previous = p >= 0 ? subjects[p] : null;

                // "China's coast guard said the Philippine ship had intruded…, accusing Manila of…": a gerund of speech after a
                // reported clause is done by the speaker, not by the reported clause's subject ("…, killing five" is).
                if (afterComma && p > 0 && grammar["speechActLemma"].Contains(group.Lemma) && !groups[p].Reporting && Speaker(groups, subjects, p) is { } speaker)
                {
                    previous = speaker;
                }

                var sameSentence = g > 0 && (group.Coordinated || group.NonFinite || boundary == floor);
                unnamed[g] = sameSentence && previous is null && p >= 0 && unnamed[p];
                var ownSubject = grammar.Language != "it" && !group.NonFinite && !group.Coordinated && counted.OpensClause(document.Tokens, analysis, group);
                subject = unnamed[g] || ownSubject ? null
                    : sameSentence && previous is not null ? previous.Carried("carried from the previous verb")
                    : grammar.Language == "it" || g == 0 ? state.LastSubject?.Carried("dropped subject: the previous clause's subject")
                    : previous?.Carried("carried from the previous verb");
                subject = group.Coordinated && p > 0 ? ReporterPastReportedClause(document.Tokens, analysis, subjects, g, p) ?? subject : subject;
            }

            // "Sweden, which joined NATO last year, sent jets…": after a relative clause closed by a comma,
            // the verb belongs to the relative pronoun's antecedent, not to a mention inside the clause nor to its
            // object read as an inverted subject ("France, which holds the presidency, warned Russia…").
            if (g > 0 && subject is { How: "subject before the verb" or InvertedAfterVerb } && subjects[g - 1] is { How: AntecedentOfRelative } antecedent
                && group.Start > analysis.Sentence.TokenStart && document.Tokens[group.Start - 1].Lower == "," && subject.Start > document.Tokens[groups[g - 1].Head].Start)
            {
                subject = antecedent.Carried("antecedent of the relative clause before the verb");
            }

            subjects[g] = subject;
            if (subject is not null && !group.Passive)
            {
                state.LastSubject = subject;
            }
        }

        speakers.FillSubjects(document, analysis, subjects);
        OpeningClause.Fill(analysis, subjects);
        return subjects;
    }

    /// <summary>
    /// "Poland said Russia had violated its airspace and demanded an explanation": a simple past joined
    /// to a reported clause in the past perfect, or one whose object is of the reported subject's own
    /// country, goes on with the story the speaker tells, so it shares the subject of the verb of saying.
    /// </summary>
    private Participants? ReporterPastReportedClause(Token[] tokens, SentenceAnalysis analysis, Participants?[] subjects, int g, int p)
    {
        var groups = analysis.Groups;
        var (group, reported, saying) = (groups[g], groups[p], groups[p - 1]);
        if (group.NonFinite || !group.Past || group.Start != group.Head || reported.NonFinite || subjects[p] is not { How: "subject before the verb" }
            || !saying.Reporting || saying.NonFinite || subjects[p - 1] is not { } speaker)
        {
            return null;
        }

        for (var k = reported.Start; k < reported.Head; k++)
        {
            if (grammar["pastPerfectMarker"].Contains(tokens[k].Lower))
            {
                return speaker.Carried("subject of the verb of saying, past the reported clause");
            }
        }

        // "Poland said Russian drones violated its airspace and summoned the Russian ambassador": the
        // reported subject would act on its own country; the speaker does.
        var end = g + 1 < groups.Count ? groups[g + 1].Start : analysis.Sentence.TokenEnd;
        for (var aIndex = 0; aIndex < analysis.Arguments.Count; aIndex++)
        {
            var a = analysis.Arguments[aIndex];
            if (a.TokenStart > group.Head && a.TokenEnd <= end && a.Role != ArgumentRole.Locative)
            {
                var country = a.Mention.Actor.Country;
                return country is not null && subjects[p]!.Actors.All(s => s.Country == country) && !speaker.Actors.Any(s => s.Country == country)
                    ? speaker.Carried("subject of the verb of saying, past the reported clause") : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the subject of group <paramref name="g"/> may start: after the previous verb, skipping
    /// participles and gerunds that describe the subject ("Dutch prosecutors leading the inquiry said…").
    /// </summary>
    private static int Floor(SentenceAnalysis analysis, int g)
    {
        var groups = analysis.Groups;
        if (groups[g].NonFinite || groups[g].BareParticiple)
        {
            return g > 0 ? groups[g - 1].Head + 1 : analysis.Sentence.TokenStart;
        }

        var p = g - 1;
        while (p >= 0 && (groups[p].NonFinite || groups[p].BareParticiple))
        {
            p--;
        }

        return p >= 0 ? groups[p].Head + 1 : analysis.Sentence.TokenStart;
    }

    private int ClauseStart(Document document, IReadOnlyList<Argument> arguments, int floor, int groupStart)
    {
        var tokens = document.Tokens;
        for (var k = groupStart - 1; k >= floor; k--)
        {
            // A word inside a name is no boundary ("WHO chief Tedros urged…"); nor is one that heads a date
            // ("The group, at war with the army since April 2023, denied…": a preposition, not a clause).
            // A connective alone between commas is parenthetical, no boundary ("La Francia, tuttavia, ha condannato…").
            var parenthetical = k > floor && k + 1 < groupStart && tokens[k - 1].Lower == "," && tokens[k + 1].Lower == ","
                && grammar["parentheticalConnective"].Contains(tokens[k].Lower);
            if ((grammar["boundary"].Contains(tokens[k].Lower) && !parenthetical && !InsideMention(arguments, k) && !HeadsTime(document, k)) || tokens[k].Kind == TokenKind.Quote)
            {
                return k + 1;
            }
        }

        return floor;
    }

    private static bool HeadsTime(Document document, int token)
    {
        var times = document.TimeExpressions;
        for (var t = 0; t < times.Count; t++)
        {
            if (token >= times[t].TokenStart - 1 && token < times[t].TokenEnd)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideMention(IReadOnlyList<Argument> arguments, int token)
    {
        for (var aIndex = 0; aIndex < arguments.Count; aIndex++)
        {
            var a = arguments[aIndex];
            if (token >= a.TokenStart && token < a.TokenEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A relative clause whose antecedent is not an actor ("a deal that would recognise…") has no actor subject.</summary>
    private bool AfterRelativePronoun(Document document, VerbGroup group, int boundary, int floor)
    {
        var pronoun = boundary - 1;
        return pronoun >= floor && boundary == group.Start && grammar["relative"].Contains(document.Tokens[pronoun].Lower)
            && pronoun > 0 && document.Tokens[pronoun - 1].Pos is PartOfSpeech.Noun or PartOfSpeech.Adj;
    }

    /// <summary>"Iranian diplomats, a decision condemned by Tehran": a common noun nearer the participle is the one it describes.</summary>
    private static bool NounBetween(Document document, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (document.Tokens[k].Pos == PartOfSpeech.Noun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "thanked Turkey for approving…", "accused Russia of plotting…": a gerund after one of the
    /// gerundSubjectPreposition words tells what the previous verb's object did; so does an infinitive
    /// after an objectControlLemma verb and its object ("allowed Sweden to join", "urged Israel to allow").
    /// </summary>
    private Participants? GerundDoer(Document document, SentenceAnalysis analysis, int g)
    {
        var group = analysis.Groups[g];
        var tokens = document.Tokens;
        if (g == 0 || group.Start <= analysis.Sentence.TokenStart)
        {
            return null;
        }

        var gerund = (tokens[group.Head].Features ?? "").Contains("ger", StringComparison.Ordinal) && grammar["gerundSubjectPreposition"].Contains(tokens[group.Start - 1].Lower);
        var controlled = grammar["infinitiveMarker"].Contains(tokens[group.Start].Lower) && grammar["objectControlLemma"].Contains(analysis.Groups[g - 1].Lemma);
        if (!gerund && !controlled)
        {
            return null;
        }

        var before = analysis.Groups[g - 1];
        Argument? obj = null;
        for (var aIndex = 0; aIndex < analysis.Arguments.Count; aIndex++)
        {
            var a = analysis.Arguments[aIndex];
            if (a.TokenStart > before.Head && a.TokenEnd <= group.Start && (a.Role == ArgumentRole.Bare || a is { Role: ArgumentRole.DemonymModifier, Preposition: null }))
            {
                obj = a;
            }
        }

        // "praised the Palestinian factions for signing…": the nouns a demonym qualifies belong to the object.
        var objectEnd = obj?.TokenEnd ?? 0;
        while (obj?.Role == ArgumentRole.DemonymModifier && objectEnd < group.Start && tokens[objectEnd].Pos == PartOfSpeech.Noun)
        {
            objectEnd++;
        }

        return obj is null || NounBetween(document, objectEnd, gerund ? group.Start - 1 : group.Start) ? null
            : Participants.From([obj], document.Text[obj.Mention.Start..obj.Mention.End], "object of the verb before the gerund or infinitive");
    }

    /// <summary>The subject of the nearest finite verb of saying before group <paramref name="p"/> that reports it, or null.</summary>
    private static Participants? Speaker(IReadOnlyList<VerbGroup> groups, Participants?[] subjects, int p)
    {
        for (var q = p - 1; q >= 0; q--)
        {
            if (groups[q].Reporting && !groups[q].NonFinite)
            {
                return subjects[q] is { } speaker && subjects[p] is { } reported && !speaker.Shares(reported) ? speaker : null;
            }
        }

        return null;
    }

    private static Participants? Modified(Document document, SentenceAnalysis analysis, VerbGroup group, int floor)
    {
        var noun = analysis.Arguments.LastOrDefault(a => a.TokenEnd <= group.Start && a.TokenStart >= floor && a.Role is ArgumentRole.Bare or ArgumentRole.DemonymModifier or ArgumentRole.Genitive);
        return noun is null || group.Start - noun.TokenEnd > 4 || NounBetween(document, noun.TokenEnd, group.Start) ? null
            : Participants.From([noun], document.Text[noun.Mention.Start..noun.Mention.End], "noun the participle describes");
    }

    private Participants? Relative(Document document, SentenceAnalysis analysis, VerbGroup group, int boundary, int floor)
    {
        var pronoun = boundary - 1;
        if (pronoun < floor || !grammar["relative"].Contains(document.Tokens[pronoun].Lower))
        {
            return null;
        }

        var antecedentEnd = pronoun > 0 && document.Tokens[pronoun - 1].Lower == "," ? pronoun - 1 : pronoun;
        var antecedent = analysis.Arguments.LastOrDefault(a => a.TokenEnd == antecedentEnd);
        return antecedent is null ? null : Participants.From([antecedent], document.Text[antecedent.Mention.Start..antecedent.Mention.End], AntecedentOfRelative);
    }

    private Participants? Pronoun(Document document, VerbGroup group, int boundary, DiscourseState state)
    {
        for (var k = group.Start - 1; k >= boundary; k--)
        {
            var token = document.Tokens[k];
            // "It said Lithuania had violated…": "it" names the last subject, as "they" does.
            if (!grammar["pronoun"].Contains(token.Lower) && !grammar["institutionPronoun"].Contains(token.Lower))
            {
                continue;
            }

            // "President Macron arrived in Geneva. He warned…": a titled name is no person mention of its own, so with no
            // person named yet "he" is the last subject.
            var referent = grammar["pluralPronoun"].Contains(token.Lower) || grammar["institutionPronoun"].Contains(token.Lower) ? state.LastSubject : state.LastPerson ?? state.LastSubject;
            return referent is null ? null : referent.Carried($"pronoun '{token.Text}'") with { Text = token.Text };
        }

        return null;
    }
}

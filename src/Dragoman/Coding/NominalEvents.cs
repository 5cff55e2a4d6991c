using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>
/// Encounters named by a noun ("Zelensky's meeting with Trump", "in a call with Zelensky", "talks
/// between Serbia and Kosovo", "a visit to Minsk by a U.S. envoy"), listed in grammar.tsv as
/// <c>nominal:CODE</c> lines. The one who meets is a possessive before the noun, an agent after it
/// ("by X"), a genitive right after it ("la visita del presidente") or the mention a prepositional
/// apposition follows ("Blinken, in visita a Pechino,"), else the subject of the verb the noun depends on; the other is after a nominalPartner
/// preposition ("with", "to") or a nominalBetween one, else that subject. Encounters are symmetric unless the noun is a visit (042).
/// </summary>
public sealed class NominalEvents
{
    private const int Window = 4;
    private const int CircumstanceReach = 3;
    private const string Visit = "042";

    private readonly ClauseGrammar grammar;

    public NominalEvents(ClauseGrammar grammar)
    {
        ArgumentNullException.ThrowIfNull(grammar);
        this.grammar = grammar;
    }

    public void Code(Document document, SentenceAnalysis analysis, List<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(events);
        if (grammar.Nominals.Count == 0)
        {
            return;
        }

        var tokens = document.Tokens;
        var sentence = analysis.Sentence;
        for (var i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            // "meeting" and "talks" are also verb forms: any reading counts unless the word heads a verb group.
            if (tokens[i].Kind != TokenKind.Word || analysis.HeadsGroup(i) || grammar.Nominals.StartingAt(tokens, i) is not { } nominal
                || (i > sentence.TokenStart && grammar["negDeterminer"].Contains(tokens[i - 1].Lower)))
            {
                continue;
            }

            CodeAt(document, analysis, events, i, nominal);
        }
    }

    /// <summary>
    /// One nominal trigger at token <paramref name="i"/>. Kept apart from the scan because its lambdas
    /// capture the trigger: in the loop the closure would be allocated for every token of the text.
    /// </summary>
    private void CodeAt(Document document, SentenceAnalysis analysis, List<CodedEvent> events, int i, (string Value, int End) nominal)
    {
        var tokens = document.Tokens;
        var sentence = analysis.Sentence;
        var governing = Governing(analysis, i);
        if (governing is { } g && !Circumstance(tokens, sentence, i) && (Unreal(document.Tokens, analysis, g) || Readiness(tokens, analysis.Groups[g].Start, i)))
        {
            return;
        }

        var subject = governing is { } s ? analysis.Subjects[s] : null;
        var window = analysis.Arguments.Where(a => a.TokenStart >= nominal.End && a.TokenStart <= nominal.End + Window).ToList();
        var between = Between(tokens, analysis.Arguments, window);
        // "talks hosted by the UAE": an agent after a participle is the participle's, a host and no party. A city after "di"
        // is where the encounter took place ("i colloqui di Vienna", "il vertice di Ginevra").
        var agent = window.FirstOrDefault(a => (Is(Preposition(tokens, a), "agent") || a.Role == ArgumentRole.Agent) && !VerbBetween(analysis, nominal.End, a.TokenStart))?.Mention.Actor
            ?? window.FirstOrDefault(a => a.TokenStart <= nominal.End + 1 && Is(Preposition(tokens, a), "genitivePreposition") && a.Mention.Kind != MentionKind.Capital)?.Mention.Actor;
        // "ha mediato i colloqui insieme alla Turchia": a second doer (grammar key coAgent) is no partner of the talks.
        // The partner may follow a named visitor ("a visit by the Chinese foreign minister to Pakistan").
        var agentEnd = window.FirstOrDefault(a => a.Mention.Actor == agent)?.TokenEnd ?? nominal.End;
        var partner = analysis.Arguments.Where(a => a.TokenStart >= nominal.End && a.TokenStart <= Math.Max(nominal.End, agentEnd) + Window)
            .FirstOrDefault(a => Is(Preposition(tokens, a), "nominalPartner") && !Absolute(tokens, analysis.Arguments, a)
            && grammar["coAgent"].EndingAt(tokens, a.TokenStart - 1) is null)?.Mention.Actor;
        var owner = analysis.Arguments.FirstOrDefault(a => a.Role == ArgumentRole.Possessive && a.TokenEnd >= i - 1 && a.TokenEnd <= i)?.Mention.Actor;
        var named = owner ?? agent ?? Apposed(tokens, analysis, i);
        if (between.Count < 2 && named is null && nominal.Value != Visit && subject is { Actors.Count: > 1 } && (partner is null || Includes(subject, partner)))
        {
            // "India e Australia hanno concordato … durante un incontro a Sydney": the parties of the verb met each other.
            var mutual = EvidenceOf(document, i, nominal);
            foreach (var a in subject.Actors)
            {
                foreach (var b in subject.Actors)
                {
                    if (!EventAssembler.SameActor(a, b))
                    {
                        Add(events, document, sentence.Index, a, b, nominal.Value, mutual);
                    }
                }
            }

            return;
        }

        // "condemned the joint drills by X and Y": a joint act binds only the parties named together, never the speaker.
        if (between.Count < 2 && grammar["nominalMutualRoots"].Contains(nominal.Value[..2]))
        {
            return;
        }

        var (from, to) = between.Count >= 2 ? (between[0], between[1])
            : (named ?? subject?.Actors.FirstOrDefault(), partner ?? (named is null ? null : subject?.Actors.FirstOrDefault()));
        if (from is null || to is null || EventAssembler.SameActor(from, to))
        {
            return;
        }

        var sources = between.Count < 2 && named is null && subject is not null ? subject.Actors : [from];
        var evidence = EvidenceOf(document, i, nominal);
        foreach (var source in sources)
        {
            Add(events, document, sentence.Index, source, to, nominal.Value, evidence);
            if (nominal.Value != Visit)
            {
                Add(events, document, sentence.Index, to, source, nominal.Value, evidence);
            }
        }
    }

    private static bool VerbBetween(SentenceAnalysis analysis, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (analysis.HeadsGroup(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"talks in Cairo with Egyptian officials shuttling between them": no partner in an absolute phrase.</summary>
    private bool Absolute(Token[] tokens, IReadOnlyList<Argument> arguments, Argument argument)
    {
        for (var k = 0; k < arguments.Count; k++)
        {
            if (ReferenceEquals(arguments[k], argument))
            {
                return AbsolutePhrase.Opens(grammar, tokens, arguments, k);
            }
        }

        return false;
    }

    /// <summary>"between the leaders of Serbia and Kosovo": the first mention after "between" in the window and those joined to it.</summary>
    private List<Actor> Between(Token[] tokens, IReadOnlyList<Argument> arguments, List<Argument> window)
    {
        var first = window.FirstOrDefault(a => Is(Preposition(tokens, a), "nominalBetween"));
        var found = new List<Actor>();
        if (first is null)
        {
            return found;
        }

        var end = first.TokenStart;
        foreach (var a in arguments.Where(a => a.TokenStart >= first.TokenStart && Is(Preposition(tokens, a), "nominalBetween")))
        {
            if (a.TokenStart - end > Window)
            {
                break;
            }

            found.Add(a.Mention.Actor);
            end = a.TokenEnd;
        }

        return found;
    }

    private Evidence EvidenceOf(Document document, int noun, (string Value, int End) nominal)
    {
        var tokens = document.Tokens;
        return new Evidence(tokens[noun].Start, tokens[nominal.End - 1].End, document.Text[tokens[noun].Start..tokens[nominal.End - 1].End], $"patterns/{grammar.Language}/grammar.tsv nominal:{nominal.Value}");
    }

    /// <summary>"Giappone e Corea del Sud … durante un incontro a Tokyo": a place of one of the parties is where they met, not a third party.</summary>
    private static bool Includes(Participants subject, Actor actor)
    {
        foreach (var s in subject.Actors)
        {
            if (EventAssembler.SameActor(s, actor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"al segretario di Stato americano, in visita al Cairo,": the mention a prepositional apposition follows.</summary>
    private static Actor? Apposed(Token[] tokens, SentenceAnalysis analysis, int noun)
    {
        var comma = noun - 2;
        if (comma <= analysis.Sentence.TokenStart || tokens[comma].Lower != "," || tokens[noun - 1].Pos != PartOfSpeech.Adp)
        {
            return null;
        }

        for (var aIndex = 0; aIndex < analysis.Arguments.Count; aIndex++)
        {
            var a = analysis.Arguments[aIndex];
            if (a.TokenEnd == comma)
            {
                return a.Mention.Actor;
            }
        }

        return null;
    }

    /// <summary>Whether a base preposition is one of the grammar key's words ("nominalPartner": with, to).</summary>
    private bool Is(string? preposition, string key) => preposition is not null && grammar[key].Contains(preposition);

    /// <summary>The base preposition before a mention, past an article the mention left out ("by a U.S. envoy").</summary>
    private string? Preposition(Token[] tokens, Argument argument)
    {
        if (argument.Preposition is { } p)
        {
            return p;
        }

        var before = argument.TokenStart - 1;
        return before > 0 && tokens[before].Pos == PartOfSpeech.Det ? grammar.Prepositions.EndingAt(tokens, before - 1)?.Value : null;
    }

    /// <summary>
    /// Whether the verb the noun depends on leaves the encounter undone: negated, hypothetical, or an
    /// infinitive after a hypothetical or irrealis verb ("ha proposto di ospitare colloqui") or after an
    /// adjective of readiness ("disposta a ospitare colloqui").
    /// </summary>
    /// <summary>"said it was ready for talks with", "is open to a meeting with": an encounter one is ready for has not taken place.</summary>
    private bool Readiness(Token[] tokens, int from, int noun)
    {
        for (var k = from; k < noun; k++)
        {
            if (grammar["irrealisAdjective"].StartingAt(tokens, k) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool Unreal(Token[] tokens, SentenceAnalysis analysis, int g)
    {
        var group = analysis.Groups[g];
        // "rejected calls for talks with the RSF", "proposed a meeting with Kyiv": an encounter asked for,
        // offered or refused by the verb has not taken place.
        if (group.Negated || group.Hypothetical || group.Irrealis)
        {
            return true;
        }

        if (!group.NonFinite)
        {
            return false;
        }

        var previous = g > 0 ? analysis.Groups[g - 1] : null;
        var sentenceStart = analysis.Sentence.TokenStart;
        return previous is { Irrealis: true } or { Hypothetical: true }
            || (group.Start > sentenceStart && grammar["irrealisAdjective"].EndingAt(tokens, group.Start - 1, sentenceStart) is not null);
    }

    /// <summary>
    /// Whether the noun is introduced by a locative preposition, past articles and adjectives ("during a
    /// visit by X", "in a phone call with Y"): such an encounter frames the clause and took place even when
    /// the clause's own verb is only promised.
    /// </summary>
    private bool Circumstance(Token[] tokens, Sentence sentence, int noun)
    {
        for (var k = noun - 1; k >= sentence.TokenStart && k >= noun - CircumstanceReach; k--)
        {
            // "days after a visit by Rubio": a time set by an encounter is a fact, whatever the verb's mood.
            if (grammar["locative"].Contains(tokens[k].Lower) || grammar["temporalPreposition"].Contains(tokens[k].Lower))
            {
                return true;
            }

            if (tokens[k].Pos is not (PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Num))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The verb group the noun depends on: the last one before it, else the first after it ("After talks in Jeddah, Ukraine accepted…").</summary>
    private static int? Governing(SentenceAnalysis analysis, int noun)
    {
        // "ha ritirato le truppe dalla città contesa dopo settimane di colloqui": a bare participle describes a noun and governs nothing.
        for (var g = analysis.Groups.Count - 1; g >= 0; g--)
        {
            if (analysis.Groups[g].Head < noun && !(analysis.Groups[g].BareParticiple && g > 0))
            {
                return g;
            }
        }

        return analysis.Groups.Count > 0 ? 0 : null;
    }

    private static void Add(List<CodedEvent> events, Document document, int sentence, Actor source, Actor target, string code, Evidence evidence)
    {
        if (events.Exists(e => e.Sentence == sentence && e.Source?.Code == source.Code && e.Target?.Code == target.Code && e.Cameo.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2))))
        {
            return;
        }

        events.Add(new CodedEvent { Sentence = sentence, Source = source, SourceText = source.Name, Target = target, TargetText = target.Name, Cameo = code, Date = document.PublicationDate, Evidence = evidence });
    }
}

using Dragoman.Actors;
using Dragoman.Coding;
using Dragoman.Quantities;
using Dragoman.Quotes;
using Dragoman.Time;
using Dragoman.Treaties;

namespace Dragoman.Documents;

/// <summary>
/// A document owns its text; every stage adds a layer of small records that hold offsets into it.
/// The original <see cref="Text"/> is never altered.
/// </summary>
public sealed class Document
{
    private NormalizedText? normalized;

    public Document(string id, string text, DocumentInfo? info = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Info = info ?? new DocumentInfo();
        Language = Info.Language;
    }

    public string Id { get; }

    public string Text { get; }

    public DocumentInfo Info { get; }

    public DateOnly? PublicationDate => Info.PublicationDate;

    /// <summary>ISO 639-1 code, given by the caller or set by language detection.</summary>
    public string? Language { get; set; }

    /// <summary>Confidence of the language detector in [0, 1], or null when the caller gave the language.</summary>
    public double? LanguageConfidence { get; set; }

    public NormalizedText Normalized
    {
        get => normalized ?? throw new InvalidOperationException("the document has not been normalized");
        set => normalized = value;
    }

    public bool IsNormalized => normalized is not null;

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    public Token[] Tokens { get; set; } = [];

    public IReadOnlyList<ActorMention> Mentions { get; set; } = [];

    public IReadOnlyList<CodedEvent> Events { get; set; } = [];

    /// <summary>The clause analysis the event coder made of each sentence, read again by quotes and dates.</summary>
    public IReadOnlyList<SentenceAnalysis>? Clauses { get; set; }

    /// <summary>Time expressions resolved against the publication date (the Dates layer).</summary>
    public IReadOnlyList<TimeExpression> TimeExpressions { get; set; } = [];

    /// <summary>Numbers with their units (the Quantities layer).</summary>
    public IReadOnlyList<Quantity> Quantities { get; set; } = [];

    /// <summary>Direct and indirect speech with its speaker (the Quotes layer).</summary>
    public IReadOnlyList<Quote> Quotes { get; set; } = [];
    /// <summary>The treaties the document mentions (added by the treaty stage).</summary>
    public IReadOnlyList<Treaty> Treaties { get; set; } = [];

    public DocumentLayers Layers { get; private set; }

    public void MarkAdded(DocumentLayers layers) => Layers |= layers;

    public ReadOnlySpan<Token> TokensOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Tokens.AsSpan(sentence.TokenStart, sentence.TokenCount);
    }

    public string Slice(int start, int end) => Text[start..end];
}

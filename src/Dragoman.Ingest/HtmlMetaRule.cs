namespace Dragoman.Ingest;

/// <summary>One line of <c>data/ingest/html-meta.tsv</c>: which field, where in the page, under which name.</summary>
public sealed record HtmlMetaRule(string Field, string Where, string Name);

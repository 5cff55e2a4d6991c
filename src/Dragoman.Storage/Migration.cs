namespace Dragoman.Storage;

/// <summary>One numbered schema script, e.g. <c>001_initial.sql</c>.</summary>
internal sealed record Migration(int Number, string Name, string Script);

namespace Dragoman.Storage;

/// <summary>Row counts of the main tables.</summary>
public sealed record StoreCounts(long Documents, long Events, long Mentions, long Errors, long Runs);

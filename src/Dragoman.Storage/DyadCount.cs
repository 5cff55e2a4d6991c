namespace Dragoman.Storage;

/// <summary>One source→target pair of actor codes with its number of events and Goldstein sum.</summary>
public sealed record DyadCount(string Source, string Target, long Events, double GoldsteinSum);

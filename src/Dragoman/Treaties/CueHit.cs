namespace Dragoman.Treaties;

/// <summary>A cue found in a sentence: word positions (indices into the sentence's word list, end exclusive).</summary>
public readonly record struct CueHit(TreatyCue Cue, int WordStart, int WordEnd);

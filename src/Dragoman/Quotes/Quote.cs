using Dragoman.Actors;

namespace Dragoman.Quotes;

/// <summary>
/// Words attributed to a speaker: a direct quote in quotation marks (<see cref="Direct"/>) or the
/// complement of a verb of saying. <see cref="Start"/>..<see cref="End"/> are original-text offsets
/// of <see cref="Text"/>; <see cref="How"/> says how the speaker was found.
/// </summary>
public sealed record Quote(int Sentence, Actor Speaker, string SpeakerText, string Text, bool Direct, int Start, int End, string How);

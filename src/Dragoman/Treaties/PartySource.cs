namespace Dragoman.Treaties;

/// <summary>How the parties of an extracted treaty were found, weakest first; a stronger source replaces a weaker one.</summary>
internal enum PartySource
{
    None,
    MainDyad,
    Sentence,
    Signing,
    Between,
}

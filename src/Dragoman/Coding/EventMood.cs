namespace Dragoman.Coding;

public enum EventMood
{
    Asserted,
    Hypothetical,
    Future,
}

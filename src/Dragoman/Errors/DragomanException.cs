namespace Dragoman.Errors;

/// <summary>Base of every error Dragoman raises on purpose.</summary>
public class DragomanException : Exception
{
    public DragomanException() { }

    public DragomanException(string message) : base(message) { }

    public DragomanException(string message, Exception inner) : base(message, inner) { }
}

namespace Dragoman.Errors;

/// <summary>One input (file, line, URL) cannot be read; the batch goes on without it.</summary>
public sealed class InputException : DragomanException
{
    public InputException() { }

    public InputException(string message) : base(message) { }

    public InputException(string message, Exception inner) : base(message, inner) { }
}

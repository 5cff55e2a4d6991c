namespace Dragoman.Errors;

/// <summary>A data file under data/ is malformed; the message reads <c>file:line: message</c>.</summary>
public sealed class DataFormatException : DragomanException
{
    public DataFormatException() { }

    public DataFormatException(string message) : base(message) { }

    public DataFormatException(string message, Exception inner) : base(message, inner) { }

    public DataFormatException(string file, int line, string message)
        : base(ErrorCatalogue.DataLine(file, line, message))
    {
        File = file;
        Line = line;
    }

    public string? File { get; }

    public int Line { get; }
}

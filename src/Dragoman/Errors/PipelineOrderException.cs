namespace Dragoman.Errors;

/// <summary>A pipeline was built with a stage before the stage that adds what it needs.</summary>
public sealed class PipelineOrderException : DragomanException
{
    public PipelineOrderException() { }

    public PipelineOrderException(string message) : base(message) { }

    public PipelineOrderException(string message, Exception inner) : base(message, inner) { }
}

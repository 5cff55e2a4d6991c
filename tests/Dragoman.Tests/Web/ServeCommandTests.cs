using Dragoman.Cli;

namespace Dragoman.Tests.Web;

/// <summary><c>dragoman serve</c> refuses to start, with a message, when its store cannot be opened.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Should_ExitWithMessage_When_StoreCannotBeOpened()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var status = CommandLine.Run(["serve", "--db", "/nonexistent-folder/for/dragoman.db", "--urls", "http://127.0.0.1:0"], output, error);
        Assert.Equal(CommandLine.SomeInputsFailed, status);
        Assert.Contains("cannot open the store", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ListServeOptions_When_AskingHelp()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(CommandLine.Ok, CommandLine.Run(["serve", "--help"], output, error));
        Assert.Contains("--urls", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--token", output.ToString(), StringComparison.Ordinal);
    }
}

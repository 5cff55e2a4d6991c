using Dragoman.Cameo;
using Dragoman.Coding;
using Dragoman.Data;

namespace Dragoman.Tests.Coding;

public sealed class CodeMappingTests
{
    private static readonly CodeMapping Intents = CodeMapping.Intents(DataDirectory.Locate(), CameoCodebook.Load(DataDirectory.Locate()));

    private static readonly CodeMapping Threats = CodeMapping.Threats(DataDirectory.Locate(), CameoCodebook.Load(DataDirectory.Locate()));

    [Theory]
    [InlineData("163", "131")]
    [InlineData("150", "138")]
    public void Should_GiveTheThreatCode_When_AConflictActIsConditional(string code, string threat) =>
        Assert.Equal(threat, Threats.For(code));

    [Theory]
    [InlineData("074", "0334")]
    [InlineData("0841", "0353")]
    [InlineData("057", "032")]
    [InlineData("040", "036")]
    [InlineData("061", "031")]
    public void Should_GiveTheIntentCode_When_TheActIsCooperative(string code, string intent) =>
        Assert.Equal(intent, Intents.For(code));

    [Theory]
    [InlineData("190")]
    [InlineData("163")]
    [InlineData("010")]
    public void Should_GiveNoIntent_When_TheActIsNotCooperation(string code) =>
        Assert.Null(Intents.For(code));
}

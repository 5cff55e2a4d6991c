using Xunit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dragoman.Tests.Text;

/// <summary>For any text, the original slice of every token normalizes back to the token's text.</summary>
public sealed class TokenOffsetPropertyTests(TextStagesFixture stages) : IClassFixture<TextStagesFixture>
{
    // Characters that stress the offset map: typography, invisible characters, combining marks,
    // line endings, abbreviations' stops, apostrophes, digits and a surrogate pair.
    private static readonly string[] Pieces =
    [
        "a", "e", "L", "U", "S", "z", "à", "È", "1", "0", ".", ",", "'", "\"", "-", "%", "$", "€", " ", " ", "\n", "\r\n", "\r",
        "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2014", "\u00A0", "\u202F", "\u00AD", "\u200B", "\uFEFF",
        "\u0301", "\u0323", "\u0308", "e\u0301", "\u212B", "\u2026", "...", "?", "!", "(", ")", "dell'", "n't", "'s",
        "Sig.", "U.S.", "p.es.", "\uD83D\uDE00", "\u1100\u1161\u11A8", "\u0958",
    ];

    private static readonly string?[] Languages = ["it", "en", null];

    // A fixed seed keeps CI reproducible; change it locally to explore new inputs.
    [Property(MaxTest = 400, Replay = "(7402440050791192843,2287225163784932417)")]
    public Property Should_NormalizeOriginalSliceToTokenText_When_TextIsArbitrary() =>
        Prop.ForAll(
            Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary(),
            Gen.Elements(Languages).ToArbitrary(),
            (text, language) =>
            {
                var document = stages.Run(text, language);
                return document.Tokens.All(t => t.Text.Length > 0
                    && t.End > t.Start
                    && stages.Normalizer.Normalize(text[t.Start..t.End]).Text == t.Text);
            });

    [Property(MaxTest = 200, Replay = "(7402440050791192843,2287225163784932417)")]
    public Property Should_KeepSentencesInOrderAndTokensInside_When_TextIsArbitrary() =>
        Prop.ForAll(
            Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary(),
            text =>
            {
                var document = stages.Run(text, null);
                var ordered = document.Sentences.Zip(document.Sentences.Skip(1)).All(p => p.First.End <= p.Second.Start);
                var inside = document.Sentences.All(s => document.TokensOf(s).ToArray().All(t => t.Start >= s.Start && t.End <= s.End));
                return ordered && inside && document.Sentences.Sum(s => s.TokenCount) == document.Tokens.Length;
            });

    /// <summary>The tokenizer reuses the strings of words it has seen; a reused string must still be this token's.</summary>
    [Property(MaxTest = 400, Replay = "(7402440050791192843,2287225163784932417)")]
    public Property Should_GiveEachTokenItsOwnLowerCase_When_WordsRepeatAcrossDocuments() =>
        Prop.ForAll(
            Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary(),
            text =>
            {
                var first = stages.Run(text, "it");
                var again = stages.Run(text.ToUpperInvariant() + " " + text, "it");
                return first.Tokens.Concat(again.Tokens).All(t => t.Lower == t.Text.ToLowerInvariant());
            });
}

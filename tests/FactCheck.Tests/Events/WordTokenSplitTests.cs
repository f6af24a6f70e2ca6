using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Events;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Events;

/// <summary>The hand-written word split gives exactly the words (and offsets) of the pattern it replaces.</summary>
public sealed class WordTokenSplitTests
{
    private static readonly Regex Word = new(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
    [
        "1", "12", "123", "1234", ",", ".", "'", "’", "-", " ", "  ", "\n", "a", "Varn", "s", "cease", "fire", "81", "year", "old",
        "1,250", "6,000.5", ",000", ".5", "é", "١٢", "½", "Ⅻ", "_", "—", "(", ")", "\"", "$",
    ];

    [Theory]
    [InlineData("The storm damaged 1,250 vehicles on Thursday (May 7), officials said.")]
    [InlineData("Varn's cease-fire: an 81-year-old man, 6,000.5 km and 1,2345 or 12,34 and 1234,567 rock 'n' roll’s end-")]
    public void Sentences_split_as_the_pattern_does(string text) => Assert.Equal(ByPattern(text, 0, text.Length), BySplit(text, 0, text.Length));

    [Fact]
    public void Generated_strings_split_as_the_pattern_does()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var from = Math.Min(2, text.Length);
            return ByPattern(text, 0, text.Length) == BySplit(text, 0, text.Length) && ByPattern(text, from, text.Length) == BySplit(text, from, text.Length);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    private static string ByPattern(string text, int start, int end) =>
        string.Join(" | ", Word.Matches(text[start..end]).Select(m => $"{m.Value}@{start + m.Index}-{start + m.Index + m.Length}"));

    private static string BySplit(string text, int start, int end) =>
        string.Join(" | ", WordTokens.Split(text, start, end).Select(t => $"{t.Text}@{t.Start}-{t.End}"));
}

using FsCheck;
using FsCheck.Fluent;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Text;

public sealed class WordShapesTests
{
    private static readonly string[] Words = ["said", "told", "o'clock", "a", "x", "spokeswoman", "café"];

    [Theory]
    [InlineData("said", true)]
    [InlineData("SAID", true)]
    [InlineData("saic", true)] // the shape of "said": the look-up decides
    [InlineData("sa", false)]
    [InlineData("sail", true)]
    [InlineData("tale", false)] // "told" opens "to"
    [InlineData("town", true)] // the shape of "told"
    [InlineData("O'CLOCK", true)]
    [InlineData("o-clock", true)] // no letter in second place, as in "o'clock"
    [InlineData("oxclock", false)]
    [InlineData("A", true)]
    [InlineData("b", false)]
    [InlineData("\u017Fays", true)] // "ſ" folds onto "s": let through
    [InlineData("CAFE", true)]
    public void Turns_away_only_words_of_a_shape_no_listed_word_has(string word, bool mayHold)
    {
        Assert.Equal(mayHold, new WordShapes(Words).MayHold(word));
    }

    [Fact]
    public void A_listed_word_with_a_character_outside_ascii_in_front_lets_every_word_through()
    {
        Assert.True(new WordShapes(["\u00E9t\u00E9"]).MayHold("town"));
    }

    [Fact]
    public void Never_turns_away_a_word_of_the_set_in_any_case()
    {
        Prop.ForAll<string[], int>((words, pick) =>
        {
            var set = (words ?? []).Where(w => w is not null).ToArray();
            if (set.Length == 0)
            {
                return true;
            }

            var word = set[Math.Abs(pick % set.Length)];
            var shapes = new WordShapes(set);
            return shapes.MayHold(word) && shapes.MayHold(word.ToUpperInvariant()) && shapes.MayHold(word.ToLowerInvariant());
        }).QuickCheckThrowOnFailure();
    }
}

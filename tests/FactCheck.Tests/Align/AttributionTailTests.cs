using FactCheck.Core.Align;

namespace FactCheck.Tests.Align;

/// <summary>A closing attribution is no context of a number: who reported it does not say which fact it is.</summary>
public sealed class AttributionTailTests
{
    [Theory]
    [InlineData("Turnout was 38%, the returning officer said.", "Turnout was 38%")]
    [InlineData("Turnout was 38%, according to the council.", "Turnout was 38%")]
    [InlineData("The dam holds 12 million cubic metres, officials told reporters on Friday.", "The dam holds 12 million cubic metres")]
    [InlineData("Turnout was 38%, down from 61% at the last election.", "Turnout was 38%, down from 61% at the last election.")]
    [InlineData("Prices rose, and the bank said nothing.", "Prices rose, and the bank said nothing.")]
    [InlineData("No comma said here.", "No comma said here.")]
    public void A_closing_attribution_is_cut_and_nothing_else(string sentence, string expected)
    {
        Assert.Equal(expected, ContextSimilarity.WithoutAttributionTail(sentence));
    }
}

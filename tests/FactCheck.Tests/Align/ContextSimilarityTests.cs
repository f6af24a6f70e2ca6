using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Align;

public sealed class ContextSimilarityTests
{
    [Fact]
    public void A_claim_s_own_word_met_first_after_the_count_is_taken_whatever_the_vocabulary_s_size()
    {
        // The figure stands in an attribution tail (", police said of 17 quarbles"), which the count of sentence words
        // leaves out: its word is new when the claim's own words are read. Sentences of every length up to a few hundred words put
        // that new word at each size the word table grows at.
        for (var n = 1; n <= 300; n++)
        {
            var body = string.Join(' ', Enumerable.Range(0, n).Select(Word));
            var sa = Source("a.txt", $"The {body} closed the depot, police said of 17 quarbles.");
            var sb = Source("b.txt", $"The {body} shut the depot, police said of 17 quarbles.");
            var a = QuantityAt(sa, "17 quarbles", Quantity.Of(17, "quarble"));
            var b = QuantityAt(sb, "17 quarbles", Quantity.Of(17, "quarble"));
            var context = new ContextSimilarity([a, b]);

            var similarity = context.Of(a, b) + context.Near(a, b) + context.Label(a, b);

            Assert.InRange(similarity, 0, 3);
        }
    }

    // Distinct made-up content words: "quab", "quac", … "qubz"…
    private static string Word(int i) => "qu" + (char)('a' + (i / 26 % 26)) + (char)('a' + (i % 26)) + "x";
}

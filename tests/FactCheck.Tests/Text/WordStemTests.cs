using FactCheck.Core.Text;

namespace FactCheck.Tests.Text;

/// <summary>The project's one stemmer: forms of one word meet, different words stay apart.</summary>
public sealed class WordStemTests
{
    [Theory]
    [InlineData("electrified", "electrify")]
    [InlineData("countries", "country")]
    [InlineData("talks", "talk")]
    [InlineData("delayed", "delaying")]
    [InlineData("running", "run")]
    [InlineData("effectiveness", "effectively")]
    public void Forms_of_one_word_share_a_stem(string a, string b) => Assert.Equal(WordStem.Of(a), WordStem.Of(b));

    [Theory]
    [InlineData("tied", "tie")] // too short to be a y turned i
    [InlineData("studied", "studio")]
    [InlineData("electrify", "electric")]
    public void Other_words_keep_other_stems(string a, string b) => Assert.NotEqual(WordStem.Of(a), WordStem.Of(b));
}

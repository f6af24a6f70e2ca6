using FactCheck.Core.Cache;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;

namespace FactCheck.Tests.Cache;

public sealed class ClaimCacheKeyTests
{
    private const string Text = "The bridge reopened on Friday after 9 weeks of repairs.";

    private static readonly string Rules = ClaimCacheKey.RuleFingerprint([new CountingExtractor()]);

    private static string Key(string id = "a.txt", string text = Text, DateOnly? published = null, string? rules = null) =>
        ClaimCacheKey.For(AnalyzedSource.Analyze(CacheTestKit.Article(id, text, published)), rules ?? Rules);

    [Fact]
    public void The_same_source_under_the_same_rules_has_the_same_key() =>
        Assert.Equal(Key(), Key());

    [Theory]
    [InlineData("id")]
    [InlineData("text")]
    [InlineData("one character")]
    [InlineData("published")]
    [InlineData("rules")]
    public void Anything_extraction_reads_changes_the_key(string change)
    {
        var changed = change switch
        {
            "id" => Key(id: "b.txt"),
            "text" => Key(text: Text.Replace("9 weeks", "10 weeks", StringComparison.Ordinal)),
            "one character" => Key(text: Text + " "),
            "published" => Key(published: new DateOnly(2025, 5, 2)),
            _ => Key(rules: ClaimCacheKey.RuleFingerprint([new CountingExtractor(), new CountingExtractor()])),
        };

        Assert.NotEqual(Key(), changed);
    }

    [Fact]
    public void The_analysis_view_counts_not_only_the_raw_text()
    {
        // Same file bytes, but the loader set a different part aside as boilerplate: the extractors see other text.
        var raw = "Subscribe now! " + Text;
        var plain = new SourceDocument("a.txt", "a.txt", raw, raw, SourceMetadata.Empty, []);
        var blanked = plain with { Text = new string(' ', 15) + Text, Boilerplate = [new(0, 15)] };

        Assert.NotEqual(ClaimCacheKey.For(AnalyzedSource.Analyze(plain), Rules), ClaimCacheKey.For(AnalyzedSource.Analyze(blanked), Rules));
    }

    [Fact]
    public void The_rule_fingerprint_is_stable_and_depends_on_the_extractors()
    {
        Assert.Equal(Rules, ClaimCacheKey.RuleFingerprint([new CountingExtractor()]));
        Assert.NotEqual(Rules, ClaimCacheKey.RuleFingerprint([]));
        Assert.Matches("^[0-9a-f]{64}$", Rules);
    }
}

using FactCheck.Core.Align;
using FactCheck.Core.Cache;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Cache;

/// <summary>
/// Each source's clustering terms are stored beside its claims and read back on the next run:
/// the report is the same, a damaged entry is worked out again, and what is stored is what the
/// clusterer uses (a planted term list changes the clusters).
/// </summary>
public sealed class TermsCacheTests : IDisposable
{
    private readonly string _cacheFolder = CacheTestKit.TempFolder();
    private readonly string _articles = CacheTestKit.TempFolder();

    public TermsCacheTests()
    {
        Write("a.txt", "Storm floods Marrow Bay\nThe Marrow Bay council said 40 homes flooded on Monday, and the coast road closed.\n");
        Write("b.txt", "Marrow Bay floods after storm\nCouncil leader Ines Varga said 45 homes flooded on Monday; the coast road closed.\n");
        Write("c.txt", "Tolland chess open ends\nGrandmaster Piet Oduya took the Tolland title on tiebreaks after a final-round draw.\n");
    }

    public void Dispose()
    {
        CacheTestKit.Delete(_cacheFolder);
        CacheTestKit.Delete(_articles);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_articles, name), text);

    private async Task<CheckReport> Check(SqliteClaimCache? cache)
    {
        var loaded = new FolderLoader(new LoadOptions()).Load(_articles);
        var checker = FactCheckerFactory.CreateRules();
        if (cache is not null)
        {
            checker = checker.WithClaimCache(cache).WithResultsCache(cache);
        }

        var report = await checker.CheckAsync(loaded);
        cache?.Flush();
        return report;
    }

    private static string ClusterOf(CheckReport report, string id) => report.Sources.Single(s => s.Source.Id == id).Cluster;

    [Fact]
    public async Task Recalled_terms_give_the_report_a_run_without_a_cache_gives()
    {
        string cold, warm;
        using (var cache = SqliteClaimCache.Open(_cacheFolder))
        {
            cold = MarkdownReportWriter.Write(await Check(cache));
        }

        using (var cache = SqliteClaimCache.Open(_cacheFolder))
        {
            warm = MarkdownReportWriter.Write(await Check(cache));
            Assert.Empty(cache.Warnings);
        }

        var uncached = MarkdownReportWriter.Write(await Check(null));
        Assert.Equal(uncached, cold);
        Assert.Equal(uncached, warm);
    }

    [Fact]
    public async Task The_clusterer_uses_the_stored_terms()
    {
        using var cache = SqliteClaimCache.Open(_cacheFolder);
        var cold = await Check(cache);
        Assert.Equal(ClusterOf(cold, "a.txt"), ClusterOf(cold, "b.txt"));

        // Give b.txt the chess story's terms: if the stored terms are read, b.txt leaves the flood story.
        var store = (IDocumentCache)cache;
        var keys = TermKeys();
        var chess = store.GetMany([keys["c.txt"]])[0]!;
        store.Put(keys["b.txt"], chess);
        cache.Flush();

        var planted = await Check(cache);

        Assert.NotEqual(ClusterOf(planted, "a.txt"), ClusterOf(planted, "b.txt"));
        Assert.Equal(ClusterOf(planted, "c.txt"), ClusterOf(planted, "b.txt"));
    }

    [Fact]
    public async Task A_damaged_term_list_is_worked_out_again_and_the_user_is_told()
    {
        using var cache = SqliteClaimCache.Open(_cacheFolder);
        var cold = MarkdownReportWriter.Write(await Check(cache));
        var store = (IDocumentCache)cache;
        foreach (var key in TermKeys().Values)
        {
            store.Put(key, [0xFF, 0xFF]);
        }

        cache.Flush();

        var warm = MarkdownReportWriter.Write(await Check(cache));

        Assert.Equal(cold, warm);
        Assert.NotEmpty(cache.Warnings);

        // Stored again, readable this time.
        Assert.All(store.GetMany([.. TermKeys().Values]), data => Assert.True(SourceTerms.Decode(data!).Count > 0));
    }

    /// <summary>The store key of each article's terms: the claims' key with the terms prefix.</summary>
    private Dictionary<string, string> TermKeys()
    {
        var loaded = new FolderLoader(new LoadOptions()).Load(_articles);
        var rules = ClaimCacheKey.RuleFingerprint(FactCheckerFactory.RuleExtractors());
        return loaded.Sources.ToDictionary(
            s => s.Id, s => FactChecker.TermsKeyPrefix + ClaimCacheKey.For(Core.Normalize.AnalyzedSource.Analyze(s), rules), StringComparer.Ordinal);
    }
}

using FactCheck.Core.Cache;
using FactCheck.Core.Load;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Cache;

/// <summary>A second run extracts only the sources that changed, and reports exactly what a cold run would.</summary>
public sealed class IncrementalRunTests : IDisposable
{
    private readonly string _folder = CacheTestKit.TempFolder();

    public void Dispose() => CacheTestKit.Delete(_folder);

    private async Task<(string Report, int Extracted)> Run(IReadOnlyList<SourceDocument> sources)
    {
        var extractor = new CountingExtractor();
        using var cache = SqliteClaimCache.Open(_folder);
        var report = await CacheTestKit.Checker(extractor).WithClaimCache(cache).CheckAsync(new LoadResult(sources, []));
        Assert.Empty(cache.Warnings);
        return (JsonReportWriter.Write(report), extractor.Calls);
    }

    [Fact]
    public async Task A_second_run_over_an_unchanged_folder_extracts_nothing()
    {
        var sources = CacheTestKit.Articles();
        var cold = await Run(sources);
        var warm = await Run(sources);

        Assert.Equal(sources.Count, cold.Extracted);
        Assert.Equal(0, warm.Extracted);
        Assert.Equal(cold.Report, warm.Report);
    }

    [Fact]
    public async Task Changing_one_file_extracts_only_that_file()
    {
        var sources = CacheTestKit.Articles();
        await Run(sources);

        var edited = sources.ToList();
        var courier = edited.FindIndex(s => s.Id == "storm-courier.txt");
        var text = edited[courier].RawText.Replace("1,500 homes", "1,900 homes", StringComparison.Ordinal);
        edited[courier] = CacheTestKit.Article(edited[courier].Id, text, edited[courier].Metadata.Published);
        var after = await Run(edited);

        Assert.Equal(1, after.Extracted);
        var uncached = JsonReportWriter.Write(await CacheTestKit.Checker(new CountingExtractor()).CheckAsync(new LoadResult(edited, [])));
        Assert.Equal(uncached, after.Report);
        Assert.Contains("1,900 homes", after.Report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_file_is_extracted_and_the_others_are_not()
    {
        var sources = CacheTestKit.Articles();
        await Run(sources);
        var after = await Run([.. sources, CacheTestKit.Article("late-edition.txt", "The storm hit Lowmoor on Tuesday and damaged 1,300 homes.", new DateOnly(2025, 3, 7))]);

        Assert.Equal(1, after.Extracted);
    }

    [Fact]
    public async Task Without_a_cache_every_run_extracts_every_file()
    {
        var sources = new LoadResult(CacheTestKit.Articles(), []);
        var extractor = new CountingExtractor();
        var checker = CacheTestKit.Checker(extractor).WithClaimCache(NullClaimCache.Instance);
        await checker.CheckAsync(sources);
        await checker.ExtractAsync(sources);

        Assert.Equal(2 * sources.Sources.Count, extractor.Calls);
    }

    [Fact]
    public async Task Another_rule_set_extracts_again_and_leaves_the_first_sets_entries_usable()
    {
        var loaded = new LoadResult(CacheTestKit.Articles(), []);
        async Task<int> RunWith(params Core.Normalize.IClaimExtractor[] more)
        {
            var extractor = new CountingExtractor();
            using var cache = SqliteClaimCache.Open(_folder);
            await CacheTestKit.Checker([extractor, .. more]).WithClaimCache(cache).CheckAsync(loaded);
            return extractor.Calls;
        }

        Assert.Equal(3, await RunWith());
        Assert.Equal(3, await RunWith(new Core.Normalize.Quantities.QuantityExtractor()));
        Assert.Equal(0, await RunWith());
        Assert.Equal(0, await RunWith(new Core.Normalize.Quantities.QuantityExtractor()));
    }
}

using System.Collections.Concurrent;
using System.Text;
using FactCheck.Core.Cache;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Cache;

/// <summary>
/// A re-run compares only the clusters whose sources or claims changed, and recalls the others'
/// findings; either way the report is the one a run without a cache writes. Real files: the
/// project's samples plus a second story written here, so the folder has two clusters.
/// </summary>
public sealed class FindingsCacheTests : IDisposable
{
    private readonly string _folder = CacheTestKit.SamplesCopy();

    public FindingsCacheTests()
    {
        // A second story in three outlets that disagree on a number, so that it forms a cluster of its own.
        Write("harbour-gazette.txt", "March 12, 2026Harbour Gazette\nNew ferry link opens across Pell Sound\nThe ferry between Dunmore and Kestle Point opened on Wednesday, carrying 1,200 passengers on its first day.\nThe service cost $48 million to build, the Pell Sound transport board said.\n");
        Write("kestle-times.txt", "March 12, 2026Kestle Times\nPell Sound ferry makes first crossings\nThe new ferry between Dunmore and Kestle Point opened on Wednesday and carried 1,500 passengers on its first day.\nThe Pell Sound transport board said the service cost $48 million.\n");
        Write("dunmore-record.txt", "March 13, 2026Dunmore Record\nFerry to Kestle Point opens\nDunmore's ferry to Kestle Point opened on Wednesday with 1,200 passengers on the first day.\nThe transport board put the cost of the Pell Sound service at $48 million.\n");
    }

    public void Dispose() => CacheTestKit.Delete(_folder);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text, Encoding.UTF8);

    private async Task<string> Check(MemoryStore? store)
    {
        var loaded = new FolderLoader(new LoadOptions()).Load(_folder);
        var checker = FactCheckerFactory.CreateRules();
        if (store is not null)
        {
            checker = checker.WithResultsCache(store);
        }

        return MarkdownReportWriter.Write(await checker.CheckAsync(loaded));
    }

    [Fact]
    public async Task A_second_run_over_an_unchanged_folder_compares_nothing_and_reports_the_same()
    {
        var store = new MemoryStore();
        var cold = await Check(store);
        Assert.Equal(2, store.Puts); // the flood and the ferry; the off-topic article is compared with nothing

        store.Puts = 0;
        var warm = await Check(store);

        Assert.Equal(0, store.Puts);
        Assert.Equal(cold, warm);
        Assert.Equal(await Check(null), warm);
        Assert.Contains("1,500 passengers", warm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_one_file_compares_only_its_cluster_again()
    {
        var store = new MemoryStore();
        await Check(store);
        var ferry = Path.Combine(_folder, "kestle-times.txt");
        File.WriteAllText(ferry, File.ReadAllText(ferry).Replace("1,500 passengers", "1,700 passengers", StringComparison.Ordinal));

        store.Puts = 0;
        var warm = await Check(store);

        Assert.Equal(1, store.Puts);
        Assert.Equal(await Check(null), warm);
        Assert.Contains("1,700 passengers", warm, StringComparison.Ordinal);
        Assert.DoesNotContain("1,500 passengers", warm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_entries_are_compared_again_and_said_to_be_unreadable()
    {
        var store = new MemoryStore();
        var cold = await Check(store);
        foreach (var key in store.Entries.Keys)
        {
            store.Entries[key] = store.Entries[key][..(store.Entries[key].Length / 2)];
        }

        store.Puts = 0;
        var warm = await Check(store);

        Assert.Equal(2, store.Puts);
        Assert.Equal(2, store.Unreadables);
        Assert.Equal(cold, warm);
    }

    [Fact]
    public async Task An_entry_naming_claims_the_cluster_no_longer_has_is_compared_again()
    {
        var store = new MemoryStore();
        var cold = await Check(store);
        foreach (var key in store.Entries.Keys)
        {
            // Every stored claim id now names a claim that does not exist.
            var stored = ClaimCodec.Default.DecodeValue<ClusterFindingsCache.StoredCluster>(store.Entries[key]);
            Assert.NotEmpty(stored.Findings);
            var renamed = stored with { Findings = [.. stored.Findings.Select(f => f with { Claims = [.. f.Claims.Select(id => id + "-gone")] })] };
            store.Entries[key] = ClaimCodec.Default.EncodeValue(renamed);
        }

        store.Puts = 0;
        var warm = await Check(store);

        Assert.Equal(2, store.Puts);
        Assert.Equal(cold, warm);
    }

    [Fact]
    public async Task Another_comparer_set_does_not_reuse_the_findings()
    {
        var store = new MemoryStore();
        await Check(store);
        var loaded = new FolderLoader(new LoadOptions()).Load(_folder);
        var fewer = new FactChecker(
            FactCheckerFactory.RuleExtractors(), new Core.Canonicalize.RuleCanonicalizer(), new Core.Align.SourceClusterer(), [.. FactCheckerFactory.Comparers().Skip(1)]);

        store.Puts = 0;
        var report = MarkdownReportWriter.Write(await fewer.WithResultsCache(store).CheckAsync(loaded));

        Assert.Equal(2, store.Puts);
        Assert.Equal(MarkdownReportWriter.Write(await fewer.CheckAsync(loaded)), report);
    }
}

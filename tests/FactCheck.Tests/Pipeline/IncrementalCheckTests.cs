using System.Text;
using FactCheck.Core.Cache;
using FactCheck.Core.Load;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Report;
using FactCheck.Tests.Cache;

namespace FactCheck.Tests.Pipeline;

/// <summary>
/// A check that starts from the previous run's snapshot writes, byte for byte, the Markdown a full
/// check without any cache writes, whatever changed; it redoes only what changed, and it declines
/// (so that the caller runs the whole check) when the folder's files are not the same set.
/// Real files: the project's samples, a second story in three outlets, a file whose text is all
/// markup (a warning) and a binary file (skipped).
/// </summary>
public sealed class IncrementalCheckTests : IDisposable
{
    private readonly string _folder = CacheTestKit.SamplesCopy();
    private readonly MemoryStore _store = new();

    public IncrementalCheckTests()
    {
        Write("ferry/harbour-gazette.txt", "March 12, 2026Harbour Gazette\nNew ferry link opens across Pell Sound\nThe ferry between Dunmore and Kestle Point opened on Wednesday, carrying 1,200 passengers on its first day.\n“It changes everything for the island,” the mayor, Rhea Tomas, said.\nThe service cost $48 million to build, the Pell Sound transport board said.\n");
        Write("ferry/kestle-times.txt", "March 12, 2026Kestle Times\nPell Sound ferry makes first crossings\nThe new ferry between Dunmore and Kestle Point opened on Wednesday and carried 1,500 passengers on its first day.\n“It changes everything for the island,” the mayor, Rhea Tomas, said.\nThe Pell Sound transport board said the service cost $48 million.\n");
        Write("ferry/dunmore-record.txt", "March 13, 2026Dunmore Record\nFerry to Kestle Point opens\nDunmore's ferry to Kestle Point opened on Wednesday with 1,200 passengers on the first day.\nThe transport board put the cost of the Pell Sound service at $48 million.\n");
        Write("only-markup.html", "<html><head><title>x</title><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>");
        File.WriteAllBytes(Path.Combine(_folder, "scan.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
    }

    public void Dispose() => CacheTestKit.Delete(_folder);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Encoding.UTF8);
    }

    private static FactChecker Checker(MemoryStore store) => FactCheckerFactory.CreateRules().WithResultsCache(store);

    /// <summary>The report of a whole check with no cache at all.</summary>
    private async Task<string> Full() =>
        MarkdownReportWriter.Write(await FactCheckerFactory.CreateRules().CheckAsync(new FolderLoader(new LoadOptions()).Load(_folder)));

    /// <summary>A whole check that keeps its snapshot in the store.</summary>
    private async Task<string> Keep()
    {
        var loader = new FolderLoader(new LoadOptions(), _store);
        var outline = await Checker(_store).CheckAndKeepAsync(loader, _folder, loader.Load(_folder));
        return Render(outline);
    }

    private async Task<(string? Markdown, IncrementalCheck? Run)> Incremental()
    {
        var run = await Checker(_store).CheckIncrementallyAsync(new FolderLoader(new LoadOptions(), _store), _folder);
        if (run is not null)
        {
            await run.Kept;
        }

        return (run is null ? null : Render(run.Outline), run);
    }

    private static string Render(MarkdownOutline outline)
    {
        using var writer = new StringWriter();
        MarkdownReportWriter.Write(outline, writer);
        return writer.ToString();
    }

    /// <summary>Fails on every cluster it is shown.</summary>
    private sealed class FailingComparer : FactCheck.Core.Compare.IClaimComparer
    {
        public IEnumerable<FactCheck.Core.Compare.Finding> Compare(FactCheck.Core.Align.Cluster cluster) => throw new InvalidOperationException("broken rule");
    }

    [Fact]
    public async Task A_check_a_rule_failed_in_keeps_no_snapshot_so_a_rerun_is_whole_and_says_so_again()
    {
        var checker = new FactChecker(
            FactCheckerFactory.RuleExtractors(), new FactCheck.Core.Canonicalize.RuleCanonicalizer(), new FactCheck.Core.Align.SourceClusterer(),
            [.. FactCheckerFactory.Comparers(), new FailingComparer()]).WithResultsCache(_store);
        var loader = new FolderLoader(new LoadOptions(), _store);

        var outline = await checker.CheckAndKeepAsync(loader, _folder, loader.Load(_folder));

        Assert.Contains(outline.Warnings, w => w.Contains("FailingComparer failed (InvalidOperationException: broken rule)", StringComparison.Ordinal));
        Assert.Null(await checker.CheckIncrementallyAsync(new FolderLoader(new LoadOptions(), _store), _folder));
    }

    [Fact]
    public async Task A_kept_check_and_an_unchanged_rerun_write_the_report_of_a_check_without_cache()
    {
        Assert.Null((await Incremental()).Run); // nothing kept yet
        var full = await Full();
        Assert.Contains("## Skipped files", full, StringComparison.Ordinal);
        Assert.Contains("## Warnings", full, StringComparison.Ordinal);

        Assert.Equal(full, await Keep());
        var (markdown, run) = await Incremental();

        Assert.Equal(full, markdown);
        Assert.Equal((0, 0, 0), (run!.Changed, run.Regrouped, run.Compared));
    }

    [Fact]
    public async Task A_changed_number_is_compared_again_in_its_own_cluster_only()
    {
        await Keep();
        Write("ferry/dunmore-record.txt", File.ReadAllText(Path.Combine(_folder, "ferry/dunmore-record.txt")).Replace("1,200", "1,350", StringComparison.Ordinal));

        var (markdown, run) = await Incremental();

        Assert.Equal(await Full(), markdown);
        Assert.Contains("1,350", markdown, StringComparison.Ordinal);
        Assert.Equal(1, run!.Changed);
        Assert.Equal(1, run.Compared);
    }

    [Fact]
    public async Task A_file_rewritten_as_another_story_moves_to_that_story_and_both_clusters_are_right()
    {
        await Keep();
        var before = await Full();
        Write("tech-ledger.txt", File.ReadAllText(Path.Combine(_folder, "ferry/kestle-times.txt")).Replace("Kestle Times", "Tech Ledger", StringComparison.Ordinal));

        var (markdown, run) = await Incremental();

        var after = await Full();
        Assert.NotEqual(before, after);
        Assert.Equal(after, markdown);
        Assert.Equal(1, run!.Changed);

        // And once more from the snapshot that run kept.
        Write("tech-ledger.txt", File.ReadAllText(Path.Combine(_folder, "tech-ledger.txt")).Replace("1,500", "1,600", StringComparison.Ordinal));
        Assert.Equal(await Full(), (await Incremental()).Markdown);
    }

    [Fact]
    public async Task Files_added_and_removed_are_taken_in_and_every_source_is_grouped_again()
    {
        await Keep();
        Write("ferry/late-edition.txt", "March 14, 2026Late Edition\nFerry busy on Pell Sound\nThe ferry between Dunmore and Kestle Point carried 1,300 passengers on its first day, Wednesday.\n");

        var (added, run) = await Incremental();

        Assert.Equal(await Full(), added);
        Assert.Contains("late-edition.txt", added, StringComparison.Ordinal);
        Assert.Equal((1, 0), (run!.Changed, run.Removed));
        Assert.Equal(1, run.Compared); // the ferry story; the flood story kept its stored findings

        File.Delete(Path.Combine(_folder, "ferry/dunmore-record.txt"));
        var (removed, second) = await Incremental();
        Assert.Equal(await Full(), removed);
        Assert.DoesNotContain("dunmore-record.txt", removed, StringComparison.Ordinal);
        Assert.Equal((0, 1, 1), (second!.Changed, second.Removed, second.Compared));
    }

    [Fact]
    public async Task A_folder_whose_every_file_became_unreadable_declines()
    {
        await Keep();
        foreach (var file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, "");
        }

        Assert.Null((await Incremental()).Run);
    }

    [Fact]
    public async Task A_damaged_snapshot_is_declined_with_a_note_and_missing_pieces_are_compared_again()
    {
        await Keep();
        var full = await Full();
        var pieces = _store.Entries.Keys.Where(k => k.StartsWith("pieces:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pieces);
        foreach (var key in pieces)
        {
            _store.Entries.TryRemove(key, out _);
        }

        var (markdown, run) = await Incremental();
        Assert.Equal(full, markdown);
        Assert.Equal(pieces.Count, run!.Compared);

        var snapshot = _store.Entries.Keys.Single(k => k.StartsWith("run:", StringComparison.Ordinal));
        var data = _store.Entries[snapshot];
        _store.Entries[snapshot] = data[..(data.Length / 2)];
        Assert.Null((await Incremental()).Run);
        Assert.Equal(1, _store.Unreadables);
    }

    [Fact]
    public async Task Unchanged_files_entries_outlive_a_spell_of_reruns_that_read_only_the_snapshot()
    {
        var cacheFolder = CacheTestKit.TempFolder();
        try
        {
            // Short retention, a day per run: entries unused for two runs go at the end of the next.
            var clock = new DayPerRun();
            var retention = new CacheRetention(Runs: 2, Days: 0);
            async Task Run(Func<FactChecker, FolderLoader, Task> check)
            {
                clock.Now = clock.Now.AddDays(1);
                using var cache = SqliteClaimCache.Open(cacheFolder, retention, clock);
                var loader = new FolderLoader(new LoadOptions(), cache);
                await check(FactCheckerFactory.CreateRules().WithClaimCache(cache).WithResultsCache(cache), loader);
                cache.Prune();
            }

            await Run(async (checker, loader) => await checker.CheckAndKeepAsync(loader, _folder, loader.Load(_folder)));
            var untouched = Path.Combine(_folder, "valley-courier.md");
            var key = DocumentCacheKey.For(
                DocumentCacheKey.LoaderFingerprint(new LoadOptions()), "valley-courier.md", SourceDocumentBuilder.FormatOf(untouched), File.ReadAllBytes(untouched));
            for (var i = 0; i < 8; i++)
            {
                Write("ferry/dunmore-record.txt", $"March 13, 2026Dunmore Record\nFerry to Kestle Point opens\nDunmore's ferry opened on Wednesday with {1200 + i} passengers.\n");
                await Run(async (checker, loader) =>
                {
                    var run = await checker.CheckIncrementallyAsync(loader, _folder);
                    Assert.NotNull(run);
                    await run.Kept;
                });
            }

            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(cacheFolder, SqliteClaimCache.FileName)};Pooling=False;Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM entries WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            Assert.Equal(1L, (long)command.ExecuteScalar()!);
        }
        finally
        {
            CacheTestKit.Delete(cacheFolder);
        }
    }

    private sealed class DayPerRun : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

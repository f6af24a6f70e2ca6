using FactCheck.Core.Cache;
using FactCheck.Tests.Cli;

namespace FactCheck.Tests.Cache;

/// <summary>--cache-dir and --no-cache on the command line.</summary>
public sealed class CacheCliTests : IDisposable
{
    private readonly ArticleFolder _articles = new();
    private readonly string _cache = Path.Combine(CacheTestKit.TempFolder(), "cache");

    public void Dispose()
    {
        _articles.Dispose();
        CacheTestKit.Delete(Path.GetDirectoryName(_cache)!);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("extract")]
    public async Task No_cache_never_creates_the_database(string command)
    {
        var run = await CliRun.InProcess(command, _articles.Path, "--cache-dir", _cache, "--no-cache");

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(_cache), "--no-cache created the cache folder");
    }

    [Fact]
    public async Task Cache_dir_holds_the_database_and_a_second_run_gives_the_same_report()
    {
        var cold = await CliRun.InProcess("check", _articles.Path, "--cache-dir", _cache, "-f", "json");
        Assert.True(File.Exists(Path.Combine(_cache, SqliteClaimCache.FileName)));
        var warm = await CliRun.InProcess("check", _articles.Path, "--cache-dir", _cache, "-f", "json");
        var uncached = await CliRun.InProcess("check", _articles.Path, "--no-cache", "-f", "json");

        Assert.Equal(0, warm.ExitCode);
        Assert.Equal(uncached.Stdout, cold.Stdout);
        Assert.Equal(cold.Stdout, warm.Stdout);
        Assert.Empty(warm.Stderr);
    }

    [Fact]
    public async Task A_corrupt_cache_is_a_warning_on_stderr_not_a_failed_run()
    {
        Directory.CreateDirectory(_cache);
        File.WriteAllText(Path.Combine(_cache, SqliteClaimCache.FileName), new string('#', 4096));

        var run = await CliRun.InProcess("check", _articles.Path, "--cache-dir", _cache, "-f", "json");
        var uncached = await CliRun.InProcess("check", _articles.Path, "--no-cache", "-f", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(uncached.Stdout, run.Stdout);
        var warning = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: warning: claim cache ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_cache_neither_reads_nor_writes_an_existing_cache()
    {
        var cold = await CliRun.InProcess("check", _articles.Path, "--cache-dir", _cache, "-f", "json");
        var database = Path.Combine(_cache, SqliteClaimCache.FileName);
        Assert.Equal(0, cold.ExitCode);

        // Damaged so that reading it would warn; writing it would change its bytes or time.
        File.WriteAllText(database, new string('#', 4096));
        var stamp = File.GetLastWriteTimeUtc(database);
        var before = File.ReadAllBytes(database);
        var files = Directory.GetFiles(_cache).Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.InProcess("check", _articles.Path, "--cache-dir", _cache, "--no-cache", "-f", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal(cold.Stdout, run.Stdout);
        Assert.Equal(before, File.ReadAllBytes(database));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(database));
        Assert.Equal(files, Directory.GetFiles(_cache).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_changed_file_is_read_and_extracted_again_and_its_new_claims_are_reported()
    {
        await CliRun.InProcess("check", _articles.Path, "--cache-dir", _cache, "-f", "json");
        var herald = Path.Combine(_articles.Path, ArticleFolder.Herald);
        File.WriteAllText(herald, File.ReadAllText(herald).Replace("injured 7 workers", "injured 19 workers", StringComparison.Ordinal));

        var warm = await CliRun.InProcess("check", _articles.Path, "--cache-dir", _cache, "-f", "json", "--verbose");
        var uncached = await CliRun.InProcess("check", _articles.Path, "--no-cache", "-f", "json");

        Assert.Equal(0, warm.ExitCode);
        Assert.Equal(uncached.Stdout, warm.Stdout);
        Assert.Contains("19 workers", warm.Stdout, StringComparison.Ordinal);

        // --verbose says where the time went, and that all but the changed file came from the cache.
        Assert.Contains(warm.ErrorLines, l => l.StartsWith("factcheck: time: load", StringComparison.Ordinal) && l.Contains("3 sources, 2 from the cache", StringComparison.Ordinal));
        Assert.Contains(warm.ErrorLines, l => l.StartsWith("factcheck: time: normalize", StringComparison.Ordinal));
        Assert.Contains(warm.ErrorLines, l => l.StartsWith("factcheck: time: total", StringComparison.Ordinal));
    }
}

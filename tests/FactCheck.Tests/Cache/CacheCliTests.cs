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
}

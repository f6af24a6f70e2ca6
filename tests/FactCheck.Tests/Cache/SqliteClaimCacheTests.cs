using FactCheck.Core.Cache;
using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Report;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Cache;

public sealed class SqliteClaimCacheTests : IDisposable
{
    private readonly string _folder = CacheTestKit.TempFolder();

    public void Dispose() => CacheTestKit.Delete(_folder);

    private static IReadOnlyList<Claim> SomeClaims()
    {
        var source = AnalyzedSource.Analyze(CacheTestKit.Articles()[0]);
        return [.. new CountingExtractor().Extract(source, [])];
    }

    [Fact]
    public void A_stored_entry_is_a_hit_after_flush_and_after_reopening()
    {
        var claims = SomeClaims();
        using (var cache = SqliteClaimCache.Open(_folder))
        {
            Assert.False(cache.TryGet("k1", out _));
            cache.Put("k1", claims);
            cache.Flush();
            Assert.True(cache.TryGet("k1", out var hit));
            Assert.Equal(claims, hit);
            Assert.False(cache.TryGet("k2", out _));
        }

        using var reopened = SqliteClaimCache.Open(_folder);
        Assert.True(reopened.TryGet("k1", out var again));
        Assert.Equal(claims.Count, again.Count);
        Assert.Empty(reopened.Warnings);
    }

    [Fact]
    public void Puts_are_written_together_on_flush()
    {
        using var cache = SqliteClaimCache.Open(_folder);
        Parallel.For(0, 200, i => cache.Put($"k{i}", SomeClaims()));
        Assert.Equal(0, cache.Count());
        cache.Flush();
        Assert.Equal(200, cache.Count());
    }

    [Fact]
    public void Another_run_can_read_while_one_holds_the_file_open()
    {
        using var writer = SqliteClaimCache.Open(_folder);
        writer.Put("k", SomeClaims());
        writer.Flush();

        using var reader = SqliteClaimCache.Open(_folder);
        Assert.True(reader.TryGet("k", out _));
        writer.Put("k2", SomeClaims());
        writer.Flush();
        Assert.True(reader.TryGet("k2", out _));
        Assert.Empty(reader.Warnings.Concat(writer.Warnings));
    }

    [Fact]
    public void A_corrupt_database_is_a_warning_and_a_cache_that_misses()
    {
        File.WriteAllText(Path.Combine(_folder, SqliteClaimCache.FileName), "this is not a database, it is an article about SQLite\n" + new string('x', 5000));
        using var cache = SqliteClaimCache.Open(_folder);

        Assert.False(cache.TryGet("k", out _));
        cache.Put("k", SomeClaims());
        cache.Flush();
        Assert.False(cache.TryGet("k", out _));
        var warning = Assert.Single(cache.Warnings);
        Assert.Contains(SqliteClaimCache.FileName, warning, StringComparison.Ordinal);
        Assert.Contains("running without it", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_made_is_a_warning()
    {
        var file = Path.Combine(_folder, "in-the-way");
        File.WriteAllText(file, "a file where the cache folder should be");
        using var cache = SqliteClaimCache.Open(file);

        Assert.False(cache.TryGet("k", out _));
        Assert.Single(cache.Warnings);
    }

    [Fact]
    public async Task A_run_over_a_corrupt_cache_completes_with_the_uncached_report()
    {
        File.WriteAllBytes(Path.Combine(_folder, SqliteClaimCache.FileName), [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7))]);
        var loaded = new LoadResult(CacheTestKit.Articles(), []);
        var extractor = new CountingExtractor();
        var checker = CacheTestKit.Checker(extractor);

        using var cache = SqliteClaimCache.Open(_folder);
        var report = await checker.WithClaimCache(cache).CheckAsync(loaded);

        Assert.Equal(JsonReportWriter.Write(await checker.CheckAsync(loaded)), JsonReportWriter.Write(report));
        Assert.Equal(2 * loaded.Sources.Count, extractor.Calls);
        Assert.Single(cache.Warnings);
    }

    [Theory]
    [InlineData("x'0101010116' || CAST('ClaimKindFromTheFuture' AS BLOB)")] // a kind no assembly defines (|| makes it text)
    [InlineData("CAST(x'01010101164B696E6446726F6D546865467574757265' AS BLOB)")] // the same, as bytes
    [InlineData("x'01'")] // cut short
    [InlineData("zeroblob(64)")] // another layout
    public void An_entry_this_build_cannot_read_is_a_miss_with_a_warning_and_is_replaced(string data)
    {
        using (var cache = SqliteClaimCache.Open(_folder))
        {
            cache.Put("k", SomeClaims());
            cache.Flush();
        }

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, SqliteClaimCache.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE entries SET data = {data}";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var reopened = SqliteClaimCache.Open(_folder);
        Assert.False(reopened.TryGet("k", out _));
        reopened.Put("k", SomeClaims());
        reopened.Flush();
        Assert.True(reopened.TryGet("k", out _));
        var warning = Assert.Single(reopened.Warnings);
        Assert.Contains("1 unreadable entry ignored and rebuilt", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_keys_are_answered_in_order_with_misses_and_repeats()
    {
        var claims = SomeClaims();
        using (var cache = SqliteClaimCache.Open(_folder))
        {
            for (var i = 0; i < 4500; i += 2)
            {
                cache.Put($"k{i}", claims);
            }
        }

        using var reopened = SqliteClaimCache.Open(_folder);
        var keys = Enumerable.Range(0, 4500).Select(i => $"k{i}").Concat(["k2", "k3", "k\"quoted\""]).ToList();
        var found = reopened.GetMany(keys);

        Assert.Equal(keys.Count, found.Count);
        for (var i = 0; i < 4500; i++)
        {
            Assert.Equal(i % 2 == 0, found[i] is not null);
        }

        Assert.Equal(claims, found[^3]);
        Assert.Null(found[^2]);
        Assert.Null(found[^1]);
        Assert.Empty(reopened.Warnings);
    }

    [Fact]
    public void A_cache_of_the_previous_format_is_emptied_and_used_without_a_warning()
    {
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, SqliteClaimCache.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE claims (key TEXT PRIMARY KEY, claims TEXT NOT NULL, created TEXT NOT NULL);
                INSERT INTO claims VALUES ('k', '[{"$type":"QuantityClaim","Text":"x"}]', '2025-01-01');
                """;
            command.ExecuteNonQuery();
        }

        using (var cache = SqliteClaimCache.Open(_folder))
        {
            Assert.False(cache.TryGet("k", out _));
            cache.Put("k", SomeClaims());
            cache.Flush();
            Assert.True(cache.TryGet("k", out _));
            Assert.Empty(cache.Warnings);
        }

        using var check = new SqliteConnection($"Data Source={Path.Combine(_folder, SqliteClaimCache.FileName)};Pooling=False;Mode=ReadOnly");
        check.Open();
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'claims'";
        Assert.Equal(0L, tables.ExecuteScalar());
    }
}

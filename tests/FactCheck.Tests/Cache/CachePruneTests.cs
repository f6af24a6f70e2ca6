using FactCheck.Core.Cache;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;
using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Cache;

/// <summary>
/// Entries unused for a while are removed at the end of a run (<see cref="CacheRetention"/>: not
/// used in the last N runs and not in the last D days); entries in use are kept however old.
/// </summary>
public sealed class CachePruneTests : IDisposable
{
    private readonly string _folder = CacheTestKit.TempFolder();
    private readonly Clock _clock = new();

    public void Dispose() => CacheTestKit.Delete(_folder);

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static IReadOnlyList<Claim> SomeClaims() =>
        [.. new CountingExtractor().Extract(AnalyzedSource.Analyze(CacheTestKit.Articles()[1]), [])];

    /// <summary>One run: reads <paramref name="read"/>, stores <paramref name="write"/>, then prunes as a run's end does; returns the keys left.</summary>
    private HashSet<string> Run(CacheRetention retention, string[] read, string[] write)
    {
        using (var cache = SqliteClaimCache.Open(_folder, retention, _clock))
        {
            foreach (var key in read)
            {
                Assert.True(cache.TryGet(key, out _), $"{key} should still be stored");
            }

            foreach (var key in write)
            {
                cache.Put(key, SomeClaims());
            }

            Assert.Empty(cache.Warnings);
        }

        // Looked at from outside: reading through the cache would count as using the entries.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, SqliteClaimCache.FileName)};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM entries";
        using var reader = command.ExecuteReader();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(1, 0)]
    [InlineData(10, 7)]
    public void An_entry_unused_for_more_runs_and_days_than_kept_is_removed_and_a_used_one_stays(int runs, int days)
    {
        var retention = new CacheRetention(runs, days);
        Assert.Equal(["kept", "dropped"], Run(retention, [], ["kept", "dropped"]));

        // Days pass; "kept" is read on every run, "dropped" never again.
        var left = new HashSet<string>();
        for (var step = 0; step < runs + days + 2; step++)
        {
            _clock.Now = _clock.Now.AddDays(1);
            left = Run(retention, ["kept"], []);
            Assert.Contains("kept", left);
        }

        Assert.DoesNotContain("dropped", left);
    }

    [Fact]
    public void Within_the_days_kept_an_entry_stays_however_many_runs_pass()
    {
        var retention = new CacheRetention(Runs: 2, Days: 30);
        Run(retention, [], ["kept", "dropped"]);
        for (var i = 0; i < 10; i++)
        {
            _clock.Now = _clock.Now.AddDays(2);
            Assert.Equal(["kept", "dropped"], Run(retention, ["kept"], []));
        }

        _clock.Now = _clock.Now.AddDays(30);
        Assert.Equal(["kept"], Run(retention, ["kept"], []));
    }

    [Fact]
    public void Within_the_runs_kept_an_entry_stays_however_many_days_pass()
    {
        var retention = new CacheRetention(Runs: 50, Days: 1);
        Run(retention, [], ["kept", "dropped"]);
        _clock.Now = _clock.Now.AddYears(1);
        Assert.Equal(["kept", "dropped"], Run(retention, ["kept"], []));
    }

    [Fact]
    public void Rewriting_an_entry_counts_as_using_it()
    {
        var retention = new CacheRetention(Runs: 1, Days: 0);
        Run(retention, [], ["kept", "dropped"]);
        for (var i = 0; i < 4; i++)
        {
            _clock.Now = _clock.Now.AddDays(1);
            Run(retention, [], ["kept", "fresh"]);
        }

        Assert.Equal(["kept", "fresh"], Run(retention, [], []).Order(StringComparer.Ordinal).ToHashSet());
    }

    [Fact]
    public void Prune_reports_what_it_removed_and_runs_once()
    {
        var retention = new CacheRetention(Runs: 0, Days: 0);
        using (var cache = SqliteClaimCache.Open(_folder, retention, _clock))
        {
            cache.Put("dropped", SomeClaims());
        }

        _clock.Now = _clock.Now.AddDays(2);
        using var later = SqliteClaimCache.Open(_folder, retention, _clock);
        Assert.Equal(1, later.Count());
        Assert.Equal(1, later.Prune());
        Assert.Equal(0, later.Count());
        Assert.Equal(0, later.Prune());
    }
}

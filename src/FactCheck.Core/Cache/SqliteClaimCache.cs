using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FactCheck.Core.Claims;
using Microsoft.Data.Sqlite;

namespace FactCheck.Core.Cache;

/// <summary>
/// How long unused cache entries are kept. An entry is removed at the end of a run when it was
/// neither read nor written in the last <see cref="Runs"/> runs over this cache file <em>and</em>
/// not in the last <see cref="Days"/> days: a user who switches between a few folders keeps the
/// entries of each, and the entries of files that were edited or deleted do not pile up.
/// </summary>
public sealed record CacheRetention(int Runs = 10, int Days = 7)
{
    public static CacheRetention Default { get; } = new();
}

/// <summary>
/// The run cache on disk: one SQLite file in the tool's cache folder holding, under content-hash
/// keys, each file's loaded document (<see cref="IDocumentCache"/>) and each source's extracted
/// claims (<see cref="IClaimCache"/>, in <see cref="ClaimCodec"/>'s binary form). A side table
/// records the run and day each entry was last used, so that entries unused for a while are pruned
/// (<see cref="CacheRetention"/>) without rewriting the large rows on every run. WAL mode, so other
/// runs can read while one writes. A file that cannot be opened or read turns the cache off with a
/// warning, and an entry that cannot be read is a miss with a warning: the run itself never fails because of it.
/// </summary>
public sealed class SqliteClaimCache : IClaimCache, IDocumentCache, IDisposable
{
    public const string FileName = "claims.sqlite";

    /// <summary>The tool's cache folder when none is given: shared with the LLM response cache.</summary>
    public const string DefaultFolder = ".factcheck-cache";

    // Format 1 kept claims as JSON in a table named "claims"; format 2 is entries + used + meta.
    private const int Format = 2;

    private readonly Lock _lock = new();
    private readonly ConcurrentQueue<(string Key, byte[] Data)> _pending = new();
    private readonly ConcurrentQueue<string> _touched = new();
    private readonly ConcurrentQueue<string> _keptAlive = new();
    private readonly ConcurrentQueue<string> _warnings = new();
    private readonly ClaimCodec _codec;
    private readonly CacheRetention _retention;
    private readonly TimeProvider _clock;
    private int _unreadable;
    private string? _firstUnreadable;
    private long _run;
    private bool _pruned;
    private SqliteConnection? _connection;

    private SqliteClaimCache(string path, ClaimCodec codec, CacheRetention retention, TimeProvider clock)
    {
        Path = path;
        _codec = codec;
        _retention = retention;
        _clock = clock;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = _warnings.ToList();
            if (Volatile.Read(ref _unreadable) is > 0 and var count)
            {
                warnings.Add($"claim cache {Path}: {count:N0} unreadable entr{(count == 1 ? "y" : "ies")} ignored and rebuilt ({_firstUnreadable})");
            }

            return warnings;
        }
    }

    /// <summary>Opens (or creates) the cache in <paramref name="folder"/>. Never throws: a failure is a warning and a cache that misses.</summary>
    public static SqliteClaimCache Open(string folder, CacheRetention? retention = null, TimeProvider? clock = null, ClaimCodec? codec = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var cache = new SqliteClaimCache(
            System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, FileName)), codec ?? ClaimCodec.Default, retention ?? CacheRetention.Default, clock ?? TimeProvider.System);
        try
        {
            Directory.CreateDirectory(folder);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = cache.Path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString());
            connection.Open();
            try
            {
                // The first statements read the header: a file that is not a database fails here, not mid-run.
                Execute(connection, "PRAGMA journal_mode = WAL");
                Execute(connection, "PRAGMA synchronous = NORMAL");

                // A warm run reads several entries for every article: read the file through a
                // memory map rather than a syscall and a copy per page.
                Execute(connection, "PRAGMA mmap_size = 1073741824");
                cache._run = Prepare(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            cache._connection = connection;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            cache.TurnOff("cannot be opened", e);
        }

        return cache;
    }

    /// <summary>Creates the tables (dropping those of an older format) and counts this run; returns its number.</summary>
    private static long Prepare(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID", transaction);
        using (var format = connection.CreateCommand())
        {
            format.Transaction = transaction;
            format.CommandText = "SELECT value FROM meta WHERE name = 'format'";
            if (format.ExecuteScalar() is not long stored || stored != Format)
            {
                // Entries of another format are never read again: drop them rather than keep them forever.
                Execute(connection, "DROP TABLE IF EXISTS claims", transaction);
                Execute(connection, "DROP TABLE IF EXISTS entries", transaction);
                Execute(connection, "DROP TABLE IF EXISTS used", transaction);
                Execute(connection, $"INSERT OR REPLACE INTO meta (name, value) VALUES ('format', {Format})", transaction);
            }
        }

        Execute(connection, "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, data BLOB NOT NULL)", transaction);
        Execute(connection, "CREATE TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY, run INTEGER NOT NULL, day INTEGER NOT NULL) WITHOUT ROWID", transaction);
        using var run = connection.CreateCommand();
        run.Transaction = transaction;
        run.CommandText = "INSERT INTO meta (name, value) VALUES ('run', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value";
        var number = Convert.ToInt64(run.ExecuteScalar(), CultureInfo.InvariantCulture);
        transaction.Commit();
        return number;
    }

    public bool TryGet(string key, [NotNullWhen(true)] out IReadOnlyList<Claim>? claims)
    {
        ArgumentNullException.ThrowIfNull(key);
        claims = GetMany([key])[0];
        return claims is not null;
    }

    public IReadOnlyList<IReadOnlyList<Claim>?> GetMany(IReadOnlyList<string> keys)
    {
        var data = ((IDocumentCache)this).GetMany(keys);

        // Decoding is the costly part: it runs on every core, outside the lock.
        var claims = new IReadOnlyList<Claim>?[data.Count];
        Parallel.For(0, data.Count, i =>
        {
            if (data[i] is not { } bytes)
            {
                return;
            }

            try
            {
                claims[i] = _codec.Decode(bytes);
            }
            catch (InvalidDataException e)
            {
                // An entry this build cannot read (a kind renamed since, a damaged row) is a miss; the new claims replace it.
                ((IDocumentCache)this).Unreadable(keys[i], e.Message);
            }
        });
        return claims;
    }

    IReadOnlyList<byte[]?> IDocumentCache.GetMany(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new byte[]?[keys.Count];
        lock (_lock)
        {
            if (_connection is null || keys.Count == 0)
            {
                return found;
            }

            try
            {
                // A few statements for the whole run (a batch of keys each), in one read transaction:
                // no per-file round of binding and stepping.
                var index = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
                for (var i = 0; i < keys.Count; i++)
                {
                    index.TryAdd(keys[i], i);
                }

                using var transaction = _connection.BeginTransaction(deferred: true);
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    SELECT e.key, e.data, u.run, u.day FROM entries e LEFT JOIN used u ON u.key = e.key
                    WHERE e.key IN (SELECT value FROM json_each($keys))
                    """;
                var batch = command.Parameters.Add("$keys", SqliteType.Text);
                var today = Today();
                foreach (var chunk in index.Keys.Chunk(2000))
                {
                    batch.Value = System.Text.Json.JsonSerializer.Serialize(chunk);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        var key = reader.GetString(0);
                        if (!index.TryGetValue(key, out var at))
                        {
                            continue;
                        }

                        if (reader.GetValue(1) is byte[] data)
                        {
                            found[at] = data;
                        }
                        else
                        {
                            // Not written by this tool (text where bytes belong): rebuilt like any unreadable entry.
                            ((IDocumentCache)this).Unreadable(key, "an entry that is not binary");
                        }

                        if (NeedsTouch(reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), today))
                        {
                            _touched.Enqueue(key);
                        }
                    }
                }

                transaction.Commit();

                // A key asked twice gets the same answer.
                for (var i = 0; i < keys.Count; i++)
                {
                    found[i] ??= found[index[keys[i]]];
                }
            }
            catch (SqliteException e)
            {
                TurnOff("cannot be read", e);
                Array.Clear(found);
            }
        }

        return found;
    }

    public void Put(string key, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_connection is null)
        {
            return;
        }

        byte[] data;
        try
        {
            data = _codec.Encode(claims);
        }
        catch (NotSupportedException)
        {
            // A kind holding something the codec cannot store is simply not cached: it is extracted on every run.
            return;
        }

        _pending.Enqueue((key, data));
    }

    void IDocumentCache.Put(string key, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(data);
        if (_connection is not null)
        {
            _pending.Enqueue((key, data));
        }
    }

    void IDocumentCache.Unreadable(string key, string why)
    {
        if (Interlocked.Increment(ref _unreadable) == 1)
        {
            _firstUnreadable = why;
        }
    }

    /// <inheritdoc/>
    public long Run => _run;

    /// <inheritdoc/>
    /// <remarks>
    /// An entry goes once it is unused for <see cref="CacheRetention.Runs"/> runs (and days), so one
    /// run less is soon enough. Marking tens of thousands of entries rewrites the table of uses
    /// (0.2–0.3 s for 10,000 files), so it is done as seldom as that allows.
    /// </remarks>
    public int KeepAliveEvery => Math.Max(1, _retention.Runs - 1);

    /// <inheritdoc/>
    public void KeepAlive(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            _keptAlive.Enqueue(key);
        }
    }

    public void Flush()
    {
        lock (_lock)
        {
            if (_connection is null || (_pending.IsEmpty && _touched.IsEmpty && _keptAlive.IsEmpty))
            {
                return;
            }

            try
            {
                using var transaction = _connection.BeginTransaction();
                using var put = _connection.CreateCommand();
                put.Transaction = transaction;
                put.CommandText = "INSERT OR REPLACE INTO entries (key, data) VALUES ($key, $data)";
                var putKey = put.Parameters.Add("$key", SqliteType.Text);
                var putData = put.Parameters.Add("$data", SqliteType.Blob);
                using var use = _connection.CreateCommand();
                use.Transaction = transaction;
                use.CommandText = "INSERT INTO used (key, run, day) VALUES ($key, $run, $day) ON CONFLICT (key) DO UPDATE SET run = excluded.run, day = excluded.day";
                var useKey = use.Parameters.Add("$key", SqliteType.Text);
                use.Parameters.AddWithValue("$run", _run);
                use.Parameters.AddWithValue("$day", Today());
                while (_pending.TryDequeue(out var entry))
                {
                    putKey.Value = entry.Key;
                    putData.Value = entry.Data;
                    put.ExecuteNonQuery();
                    useKey.Value = entry.Key;
                    use.ExecuteNonQuery();
                }

                while (_touched.TryDequeue(out var touched))
                {
                    useKey.Value = touched;
                    use.ExecuteNonQuery();
                }

                // Kept alive by the thousand: one statement per batch, for entries that have a use row
                // (every stored entry has; the others are pruned anyway).
                if (!_keptAlive.IsEmpty)
                {
                    using var keep = _connection.CreateCommand();
                    keep.Transaction = transaction;
                    keep.CommandText = "UPDATE used SET run = $run, day = $day WHERE key IN (SELECT value FROM json_each($keys))";
                    keep.Parameters.AddWithValue("$run", _run);
                    keep.Parameters.AddWithValue("$day", Today());
                    var batch = keep.Parameters.Add("$keys", SqliteType.Text);
                    var keys = new List<string>();
                    while (_keptAlive.TryDequeue(out var key))
                    {
                        keys.Add(key);
                    }

                    foreach (var chunk in keys.Chunk(2000))
                    {
                        batch.Value = System.Text.Json.JsonSerializer.Serialize(chunk);
                        keep.ExecuteNonQuery();
                    }
                }

                transaction.Commit();
            }
            catch (SqliteException e)
            {
                TurnOff("cannot be written", e);
            }
        }
    }

    /// <summary>
    /// Removes the entries not used for a while (<see cref="CacheRetention"/>), and any entry whose
    /// use was never recorded. Runs once at the end of every run; returns how many entries went.
    /// </summary>
    public int Prune()
    {
        Flush();
        lock (_lock)
        {
            if (_connection is null || _pruned)
            {
                return 0;
            }

            _pruned = true;

            try
            {
                using var transaction = _connection.BeginTransaction();
                using var stale = _connection.CreateCommand();
                stale.Transaction = transaction;
                stale.CommandText = "DELETE FROM used WHERE run <= $run AND day < $day";
                stale.Parameters.AddWithValue("$run", _run - _retention.Runs);
                stale.Parameters.AddWithValue("$day", Today() - _retention.Days);
                var removed = 0;
                if (stale.ExecuteNonQuery() > 0 || _run % 20 == 0)
                {
                    // Entries and their use are written together, so entries without one are the stale ones
                    // (or left by a run that stopped half-way: looked for every 20 runs).
                    using var orphans = _connection.CreateCommand();
                    orphans.Transaction = transaction;
                    orphans.CommandText = "DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)";
                    removed = orphans.ExecuteNonQuery();
                }

                transaction.Commit();
                return removed;
            }
            catch (SqliteException e)
            {
                TurnOff("cannot be written", e);
                return 0;
            }
        }
    }

    /// <summary>Entries stored (for tests and diagnostics); 0 when the cache is off.</summary>
    public int Count()
    {
        lock (_lock)
        {
            if (_connection is null)
            {
                return 0;
            }

            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM entries";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public void Dispose()
    {
        Prune();
        lock (_lock)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    /// <summary>
    /// Whether a read entry's last use must be recorded again. Only when it is half-way to being
    /// pruned: a warm run then rewrites a few small rows, not one per file, and an entry in use is
    /// still never more than half the retention away from its last recorded use.
    /// </summary>
    private bool NeedsTouch(long? run, long? day, long today) =>
        run is null || day is null || run <= _run - Math.Max(1, _retention.Runs / 2) || day < today - (_retention.Days / 2);

    private long Today() => _clock.GetUtcNow().ToUnixTimeSeconds() / 86_400;

    private void TurnOff(string what, Exception e)
    {
        _warnings.Enqueue($"claim cache {Path} {what} ({e.Message.TrimEnd('.')}); running without it. Delete the file to rebuild it, or pass --no-cache.");
        _pending.Clear();
        _touched.Clear();
        _keptAlive.Clear();
        var connection = _connection;
        _connection = null;
        connection?.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

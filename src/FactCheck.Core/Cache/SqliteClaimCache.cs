using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Claims;
using Microsoft.Data.Sqlite;

namespace FactCheck.Core.Cache;

/// <summary>
/// The claim cache on disk: one SQLite file in the tool's cache folder, one row per source version
/// (key, claims as JSON). WAL mode, so other runs can read while one writes. A file that cannot be
/// opened or read turns the cache off with a warning: the run itself never fails because of it.
/// </summary>
public sealed class SqliteClaimCache : IClaimCache, IDisposable
{
    public const string FileName = "claims.sqlite";

    /// <summary>The tool's cache folder when none is given: shared with the LLM response cache.</summary>
    public const string DefaultFolder = ".factcheck-cache";

    private readonly Lock _lock = new();
    private readonly ConcurrentQueue<(string Key, string Json)> _pending = new();
    private readonly ConcurrentQueue<string> _warnings = new();
    private SqliteConnection? _connection;

    private SqliteClaimCache(string path) => Path = path;

    /// <summary>The database file.</summary>
    public string Path { get; }

    public IReadOnlyList<string> Warnings => [.. _warnings];

    /// <summary>Opens (or creates) the cache in <paramref name="folder"/>. Never throws: a failure is a warning and a cache that misses.</summary>
    public static SqliteClaimCache Open(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var cache = new SqliteClaimCache(System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, FileName)));
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
                Execute(connection, "CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, claims TEXT NOT NULL, created TEXT NOT NULL)");
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

    public bool TryGet(string key, [NotNullWhen(true)] out IReadOnlyList<Claim>? claims)
    {
        claims = null;
        string? json = null;
        lock (_lock)
        {
            if (_connection is null)
            {
                return false;
            }

            try
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT claims FROM claims WHERE key = $key";
                command.Parameters.AddWithValue("$key", key);
                json = command.ExecuteScalar() as string;
            }
            catch (SqliteException e)
            {
                TurnOff("cannot be read", e);
                return false;
            }
        }

        if (json is null)
        {
            return false;
        }

        try
        {
            // Outside the lock: reading JSON is the costly part and runs on every core.
            claims = ClaimJson.Deserialize(json);
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // An entry this build cannot read (a kind renamed since) is a miss; the new claims replace it.
            return false;
        }
    }

    public void Put(string key, IReadOnlyList<Claim> claims)
    {
        if (_connection is not null)
        {
            _pending.Enqueue((key, ClaimJson.Serialize(claims)));
        }
    }

    public void Flush()
    {
        lock (_lock)
        {
            if (_connection is null || _pending.IsEmpty)
            {
                return;
            }

            try
            {
                using var transaction = _connection.BeginTransaction();
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT OR REPLACE INTO claims (key, claims, created) VALUES ($key, $claims, $created)";
                var key = command.Parameters.Add("$key", SqliteType.Text);
                var claims = command.Parameters.Add("$claims", SqliteType.Text);
                command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                while (_pending.TryDequeue(out var entry))
                {
                    key.Value = entry.Key;
                    claims.Value = entry.Json;
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            }
            catch (SqliteException e)
            {
                TurnOff("cannot be written", e);
            }
        }
    }

    /// <summary>Rows stored (for tests and diagnostics); 0 when the cache is off.</summary>
    public int Count()
    {
        lock (_lock)
        {
            if (_connection is null)
            {
                return 0;
            }

            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM claims";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public void Dispose()
    {
        Flush();
        lock (_lock)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    private void TurnOff(string what, Exception e)
    {
        _warnings.Enqueue($"claim cache {Path} {what} ({e.Message.TrimEnd('.')}); running without it. Delete the file to rebuild it, or pass --no-cache.");
        _pending.Clear();
        var connection = _connection;
        _connection = null;
        connection?.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

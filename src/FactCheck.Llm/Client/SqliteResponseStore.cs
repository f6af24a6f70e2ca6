using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FactCheck.Llm.Client;

/// <summary>
/// The response cache's storage: one SQLite file, one row per answer, keyed by a hash of model,
/// prompt version and input. Holds model answers only, never the API key or the request headers.
/// </summary>
public sealed class SqliteResponseStore : IDisposable
{
    public const string FileName = "llm-responses.sqlite";

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    public SqliteResponseStore(string folder)
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, FileName);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            CREATE TABLE IF NOT EXISTS responses (
                key TEXT PRIMARY KEY,
                model TEXT,
                prompt_version TEXT,
                created TEXT NOT NULL,
                text TEXT NOT NULL,
                finish_reason TEXT,
                input_tokens INTEGER,
                output_tokens INTEGER)
            """);
    }

    public string Path { get; }

    public CachedAnswer? Find(string key)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT text, model, finish_reason, input_tokens, output_tokens FROM responses WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new CachedAnswer(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt64(3),
                    reader.IsDBNull(4) ? null : reader.GetInt64(4))
                : null;
        }
    }

    public void Save(string key, string? promptVersion, CachedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO responses (key, model, prompt_version, created, text, finish_reason, input_tokens, output_tokens)
                VALUES ($key, $model, $prompt, $created, $text, $finish, $in, $out)
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$model", (object?)answer.ModelId ?? DBNull.Value);
            command.Parameters.AddWithValue("$prompt", (object?)promptVersion ?? DBNull.Value);
            command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$text", answer.Text);
            command.Parameters.AddWithValue("$finish", (object?)answer.FinishReason ?? DBNull.Value);
            command.Parameters.AddWithValue("$in", (object?)answer.InputTokens ?? DBNull.Value);
            command.Parameters.AddWithValue("$out", (object?)answer.OutputTokens ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
    }

    public int Count()
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM responses";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

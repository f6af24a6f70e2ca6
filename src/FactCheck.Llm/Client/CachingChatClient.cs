using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace FactCheck.Llm.Client;

/// <summary>
/// Answers a request it has seen before from the SQLite store without calling the server, so a second
/// run over the same folder makes no calls. The key is a SHA-256 of the model, the prompt version
/// (<see cref="PromptVersionKey"/> in <see cref="ChatOptions.AdditionalProperties"/>), the response
/// format and every message. Only answers <paramref name="shouldStore"/> accepts are kept, so a
/// malformed answer is asked for again next time instead of being replayed forever.
/// </summary>
public sealed class CachingChatClient(IChatClient inner, SqliteResponseStore store, UsageMeter meter, Func<ChatResponse, bool>? shouldStore = null)
    : DelegatingChatClient(inner)
{
    public const string PromptVersionKey = "factcheck.prompt_version";

    /// <summary>Set to true in <see cref="ChatResponse.AdditionalProperties"/> when the answer came from the cache.</summary>
    public const string CacheHitKey = "factcheck.cache_hit";

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        var model = options?.ModelId ?? (InnerClient.GetService(typeof(ChatClientMetadata)) as ChatClientMetadata)?.DefaultModelId;
        var promptVersion = PromptVersionOf(options);
        var key = KeyOf(model, promptVersion, list, options);
        if (Find(key) is { } hit)
        {
            meter.CountCacheHit();
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, hit.Text))
            {
                ModelId = hit.ModelId,
                FinishReason = hit.FinishReason is null ? null : new ChatFinishReason(hit.FinishReason),
                AdditionalProperties = new() { [CacheHitKey] = true },
            };
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        if (shouldStore?.Invoke(response) ?? true)
        {
            try
            {
                store.Save(key, promptVersion, new CachedAnswer(response.Text, response.ModelId ?? model, response.FinishReason?.Value, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
            }
            catch (SqliteException)
            {
                // A cache that cannot be written (disk full, locked by another run) must not cost the answer already paid for.
            }
        }

        return response;
    }

    private CachedAnswer? Find(string key)
    {
        try
        {
            return store.Find(key);
        }
        catch (SqliteException)
        {
            // An unreadable cache is a miss, not a failure.
            return null;
        }
    }

    /// <summary>The cache key: a hex SHA-256 over a canonical JSON of everything that shapes the answer.</summary>
    public static string KeyOf(string? model, string? promptVersion, IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("model", model);
            w.WriteString("promptVersion", promptVersion);
            if (options?.Temperature is { } t)
            {
                w.WriteNumber("temperature", t);
            }

            if (options?.ResponseFormat is ChatResponseFormatJson json)
            {
                w.WriteString("format", json.Schema?.GetRawText() ?? "json");
            }

            w.WriteStartArray("messages");
            foreach (var m in messages)
            {
                w.WriteStartArray();
                w.WriteStringValue(m.Role.Value);
                w.WriteStringValue(m.Text);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static string? PromptVersionOf(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(PromptVersionKey, out var v) == true ? v?.ToString() : null;
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace FactCheck.Tests.Llm;

/// <summary>A request the fake server received, with its JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonElement Body)
{
    public string Model => Body.GetProperty("model").GetString()!;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        [.. Body.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, ContentOf(m)))];

    /// <summary>The last user message: the article's data document.</summary>
    public JsonElement Data => JsonDocument.Parse(Messages[^1].Content).RootElement;

    public string? ResponseFormatType =>
        Body.TryGetProperty("response_format", out var f) ? f.GetProperty("type").GetString() : null;

    public bool Streams => Body.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;

    private static string ContentOf(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
    }
}

/// <summary>What the fake server answers: a status, a body, headers, and how long it dawdles first.</summary>
public sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>Never answers (until the client gives up or the server stops).</summary>
    public static FakeReply Hang { get; } = new(200, "{}", null, Timeout.InfiniteTimeSpan);

    /// <summary>An answer shaped like the real API's chat.completion object, usage included.</summary>
    public static FakeReply Completion(string content, string model = "fake-model", int promptTokens = 120, int completionTokens = 30) =>
        new(200, JsonSerializer.Serialize(new
        {
            id = "chatcmpl-test",
            @object = "chat.completion",
            created = 1_900_000_000,
            model,
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        }));

    public static FakeReply Error(int status, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, JsonSerializer.Serialize(new { error = new { message = "fake failure " + status, type = "server_error", code = (string?)null } }), headers);
}

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 for tests: records every request and answers as
/// <see cref="Behaviour"/> says (given the request and its 1-based call number).
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _calls;

    public FakeOpenAiServer(Func<RecordedRequest, int, FakeReply>? behaviour = null)
    {
        Behaviour = behaviour ?? ((request, _) => FakeReply.Completion(FakeModel.Answer(request)));
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Endpoint = new Uri($"http://127.0.0.1:{port}/v1/");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding: try another.
            }
        }

        _ = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; } = null!;

    public Func<RecordedRequest, int, FakeReply> Behaviour { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public int Calls => Volatile.Read(ref _calls);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            var request = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                headers,
                JsonDocument.Parse(body.Length == 0 ? "{}" : body).RootElement.Clone());
            _requests.Enqueue(request);
            var n = Interlocked.Increment(ref _calls);
            var reply = Behaviour(request, n);
            if (reply.Delay != TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token).ConfigureAwait(false);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (key, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[key] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, _stop.Token).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The client hung up (a timeout) or the server is stopping: nothing to answer.
        }
    }
}

/// <summary>
/// A stand-in for a well-behaved model: canonicalizes exactly the claims the request lists, quoting
/// each claim's own text, with a few synonyms folded ("captives" → "prisoner", "swap" → "exchange").
/// It reads only the "claims" of the request, as a model that follows the system prompt would.
/// </summary>
public static class FakeModel
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["captives"] = "prisoner",
        ["captive"] = "prisoner",
        ["prisoners"] = "prisoner",
        ["detainees"] = "prisoner",
        ["soldiers"] = "soldier",
        ["troops"] = "soldier",
    };

    public static string Answer(RecordedRequest request) => Answer(request.Data);

    public static string Answer(JsonElement data)
    {
        var claims = data.GetProperty("claims").EnumerateArray().Select(c =>
        {
            var text = c.GetProperty("text").GetString()!;
            var sentence = c.GetProperty("sentence").GetString()!;
            var noun = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault() ?? "";
            var unit = Synonyms.GetValueOrDefault(noun, noun.TrimEnd('s'));
            var exchange = new[] { "swap", "exchange", "trade" }.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));
            return new Dictionary<string, object?>
            {
                ["id"] = c.GetProperty("id").GetString(),
                ["quote"] = text,
                ["subject"] = "both sides",
                ["predicate"] = exchange ? "exchange" : "report",
                ["object"] = unit,
                ["value"] = new string([.. text.TakeWhile(ch => char.IsDigit(ch) || ch is ',' or '.')]).Replace(",", "", StringComparison.Ordinal),
                ["unit"] = unit,
                ["time"] = null,
                ["place"] = null,
                ["speaker"] = null,
                ["event"] = exchange ? "prisoner exchange" : null,
            };
        }).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["claims"] = claims });
    }
}

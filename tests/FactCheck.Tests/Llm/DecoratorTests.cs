using System.Diagnostics;
using FactCheck.Llm.Client;
using Microsoft.Extensions.AI;
using Moq;
using Polly.Timeout;

namespace FactCheck.Tests.Llm;

/// <summary>Each decorator around <see cref="IChatClient"/> alone, over a Moq inner client.</summary>
public sealed class DecoratorTests : IDisposable
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "question")];
    private readonly string _cache = LlmTestKit.TempFolder();

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(0)]
    public async Task Retrying_retries_a_passing_failure(int status)
    {
        var inner = Inner();
        inner.SetupSequence(Call())
            .ThrowsAsync(new LlmHttpException(status, null, "failed"))
            .ReturnsAsync(Answer("ok"));
        using var client = new RetryingChatClient(inner.Object, 3, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));

        var response = await client.GetResponseAsync(Question);

        Assert.Equal("ok", response.Text);
        inner.Verify(Call(), Times.Exactly(2));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task Retrying_gives_up_at_once_on_a_client_error(int status)
    {
        var inner = Inner();
        inner.Setup(Call()).ThrowsAsync(new LlmHttpException(status, null, "failed"));
        using var client = new RetryingChatClient(inner.Object, 3, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));

        var e = await Assert.ThrowsAsync<LlmHttpException>(() => client.GetResponseAsync(Question));

        Assert.Equal(status, e.Status);
        inner.Verify(Call(), Times.Once());
    }

    [Fact]
    public async Task Retrying_stops_after_the_configured_retries()
    {
        var inner = Inner();
        inner.Setup(Call()).ThrowsAsync(new TimeoutRejectedException());
        using var client = new RetryingChatClient(inner.Object, 2, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.GetResponseAsync(Question));

        inner.Verify(Call(), Times.Exactly(3));
    }

    [Theory]
    [InlineData(250, 10_000, 240, 2_000)] // waits as asked, not the long back-off
    [InlineData(3_600_000, 60, 50, 2_000)] // an hour is cut to the cap
    public async Task Retrying_waits_as_long_as_Retry_After_says_within_the_cap(int retryAfterMs, int capMs, int minElapsedMs, int maxElapsedMs)
    {
        var inner = Inner();
        inner.SetupSequence(Call())
            .ThrowsAsync(new LlmHttpException(429, TimeSpan.FromMilliseconds(retryAfterMs), "slow down"))
            .ReturnsAsync(Answer("ok"));
        using var client = new RetryingChatClient(inner.Object, 1, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(capMs));

        var clock = Stopwatch.StartNew();
        await client.GetResponseAsync(Question);

        Assert.InRange(clock.ElapsedMilliseconds, minElapsedMs, maxElapsedMs);
    }

    [Fact]
    public async Task Timeout_abandons_a_hung_call_and_cancels_it()
    {
        var cancelled = false;
        var inner = Inner();
        inner.Setup(Call()).Returns(async (IEnumerable<ChatMessage> _, ChatOptions? _, CancellationToken token) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }

            return Answer("never");
        });
        using var client = new TimeoutChatClient(inner.Object, TimeSpan.FromMilliseconds(100));

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.GetResponseAsync(Question));

        Assert.True(cancelled);
        Assert.InRange(clock.ElapsedMilliseconds, 90, 2_000);
    }

    [Fact]
    public async Task Timeout_lets_a_quick_call_through()
    {
        var inner = Inner();
        inner.Setup(Call()).ReturnsAsync(Answer("quick"));
        using var client = new TimeoutChatClient(inner.Object, TimeSpan.FromSeconds(5));

        Assert.Equal("quick", (await client.GetResponseAsync(Question)).Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Concurrency_limit_holds_calls_in_flight_to_the_limit(int limit)
    {
        var inFlight = 0;
        var most = 0;
        var inner = Inner();
        inner.Setup(Call()).Returns(async (IEnumerable<ChatMessage> _, ChatOptions? _, CancellationToken token) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);

            // Hold the slot until as many calls as allowed are in (or a second passes), so a slow scheduler cannot hide a leak.
            var waited = Stopwatch.StartNew();
            while (Volatile.Read(ref inFlight) < limit && waited.ElapsedMilliseconds < 1000)
            {
                await Task.Delay(5, token);
            }

            await Task.Delay(10, token);
            Interlocked.Decrement(ref inFlight);
            return Answer("ok");
        });
        using var client = new ConcurrencyLimitingChatClient(inner.Object, limit);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetResponseAsync(Question)));

        Assert.Equal(limit, most);
        inner.Verify(Call(), Times.Exactly(6));
    }

    [Fact]
    public async Task Circuit_breaker_stops_calling_after_failures_in_a_row()
    {
        var inner = Inner();
        inner.Setup(Call()).ThrowsAsync(new LlmHttpException(503, null, "down"));
        using var client = new CircuitBreakingChatClient(inner.Object, 3);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<LlmHttpException>(() => client.GetResponseAsync(Question));
        }

        await Assert.ThrowsAsync<LlmCircuitOpenException>(() => client.GetResponseAsync(Question));
        inner.Verify(Call(), Times.Exactly(3));
    }

    [Fact]
    public async Task Circuit_breaker_forgets_failures_after_a_success()
    {
        var inner = Inner();
        inner.SetupSequence(Call())
            .ThrowsAsync(new LlmHttpException(503, null, "down"))
            .ThrowsAsync(new TimeoutRejectedException())
            .ReturnsAsync(Answer("ok"))
            .ThrowsAsync(new LlmHttpException(503, null, "down"))
            .ThrowsAsync(new LlmHttpException(503, null, "down"))
            .ReturnsAsync(Answer("still here"));
        using var client = new CircuitBreakingChatClient(inner.Object, 3);

        var outcomes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            try
            {
                outcomes.Add((await client.GetResponseAsync(Question)).Text);
            }
            catch (Exception e)
            {
                outcomes.Add(e.GetType().Name);
            }
        }

        Assert.Equal(["LlmHttpException", "TimeoutRejectedException", "ok", "LlmHttpException", "LlmHttpException", "still here"], outcomes);
    }

    [Fact]
    public async Task Usage_counting_counts_every_attempt_and_the_tokens_reported()
    {
        var meter = new UsageMeter();
        var inner = Inner();
        inner.SetupSequence(Call())
            .ThrowsAsync(new LlmHttpException(500, null, "failed"))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "a")) { Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = 7 } })
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "b")));
        using var client = new UsageCountingChatClient(inner.Object, meter);

        await Assert.ThrowsAsync<LlmHttpException>(() => client.GetResponseAsync(Question));
        await client.GetResponseAsync(Question);
        await client.GetResponseAsync(Question);

        Assert.Equal(new Core.Report.LlmUsage(3, 0, 100, 7, 0), meter.ToUsage());
    }

    [Fact]
    public async Task Cache_answers_a_repeated_request_without_calling_even_after_a_restart()
    {
        var inner = Inner();
        inner.Setup(Call()).ReturnsAsync(() => Answer("{\"claims\":[]}"));
        var meter = new UsageMeter();

        using (var store = new SqliteResponseStore(_cache))
        using (var client = new CachingChatClient(inner.Object, store, meter))
        {
            Assert.False(IsHit(await client.GetResponseAsync(Question, Options("p1"))));
            Assert.True(IsHit(await client.GetResponseAsync(Question, Options("p1"))));
        }

        using (var store = new SqliteResponseStore(_cache))
        using (var client = new CachingChatClient(inner.Object, store, meter))
        {
            var replay = await client.GetResponseAsync(Question, Options("p1"));
            Assert.True(IsHit(replay));
            Assert.Equal("{\"claims\":[]}", replay.Text);
        }

        inner.Verify(Call(), Times.Once());
        Assert.Equal(2, meter.CacheHits);
    }

    [Theory]
    [InlineData("p2", "fake-model", "question")] // the prompt changed
    [InlineData("p1", "other-model", "question")] // another model
    [InlineData("p1", "fake-model", "another question")] // another input
    public async Task Cache_misses_when_model_prompt_version_or_input_differ(string promptVersion, string model, string text)
    {
        var inner = Inner();
        inner.Setup(Call()).ReturnsAsync(() => Answer("{}"));
        using var store = new SqliteResponseStore(_cache);
        using var client = new CachingChatClient(inner.Object, store, new UsageMeter());

        await client.GetResponseAsync(Question, Options("p1"));
        var second = await client.GetResponseAsync([new ChatMessage(ChatRole.User, text)], Options(promptVersion, model));

        Assert.False(IsHit(second));
        inner.Verify(Call(), Times.Exactly(2));
    }

    [Fact]
    public async Task Cache_keeps_only_answers_it_is_told_to_keep()
    {
        var inner = Inner();
        inner.Setup(Call()).ReturnsAsync(() => Answer("garbage"));
        using var store = new SqliteResponseStore(_cache);
        using var client = new CachingChatClient(inner.Object, store, new UsageMeter(), shouldStore: r => r.Text.StartsWith('{'));

        await client.GetResponseAsync(Question, Options("p1"));
        await client.GetResponseAsync(Question, Options("p1"));

        inner.Verify(Call(), Times.Exactly(2));
        Assert.Equal(0, store.Count());
    }

    [Theory]
    [InlineData("1500", null, 1500)]
    [InlineData(null, "2", 2000)]
    [InlineData("250", "30", 250)] // the precise header wins
    [InlineData(null, "Sat, 01 Jan 2000 00:00:05 GMT", 5000)] // an HTTP date, 5 s after "now"
    [InlineData(null, "soon", -1)]
    [InlineData(null, null, -1)]
    public void Retry_after_headers_are_read(string? ms, string? header, int expectedMs)
    {
        var now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var wait = RetryAfterHeader.Parse(ms, header, now);

        Assert.Equal(expectedMs < 0 ? null : TimeSpan.FromMilliseconds(expectedMs), wait);
    }

    private static Mock<IChatClient> Inner() => new();

    private static System.Linq.Expressions.Expression<Func<IChatClient, Task<ChatResponse>>> Call() =>
        c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>());

    private static ChatResponse Answer(string text) => new(new ChatMessage(ChatRole.Assistant, text));

    private static ChatOptions Options(string promptVersion, string model = "fake-model") => new()
    {
        ModelId = model,
        AdditionalProperties = new() { [CachingChatClient.PromptVersionKey] = promptVersion },
    };

    private static bool IsHit(ChatResponse response) => response.AdditionalProperties?.ContainsKey(CachingChatClient.CacheHitKey) == true;

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

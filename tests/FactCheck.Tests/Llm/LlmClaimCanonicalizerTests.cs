using System.Text.Json;
using FactCheck.Core.Claims;
using FactCheck.Llm.Canonicalize;
using FactCheck.Llm.Client;
using FactCheck.Llm.Prompts;
using Microsoft.Extensions.AI;
using Moq;
using Polly.Timeout;

namespace FactCheck.Tests.Llm;

/// <summary>The canonicalizer over a Moq <see cref="IChatClient"/>: what it asks, what it keeps, how it falls back.</summary>
public sealed class LlmClaimCanonicalizerTests
{
    private const string Article = "Northland and Southmark agreed to swap 1,000 prisoners each. Southmark also freed 12 journalists.";

    private readonly Core.Normalize.AnalyzedSource _source = LlmTestKit.Source("a.txt", Article);
    private readonly UsageMeter _meter = new();
    private readonly Mock<IChatClient> _client = new();
    private readonly List<(List<ChatMessage> Messages, ChatOptions? Options)> _asked = [];

    [Fact]
    public async Task Sets_canonical_forms_and_changes_nothing_else()
    {
        AnswerWith(data => FakeModel.Answer(data));
        var claims = LlmTestKit.Claims(_source);

        var result = await Canonicalizer().CanonicalizeAsync(_source, claims, CancellationToken.None);

        Assert.Equal(claims.Count, result.Count);
        Assert.All(result.Zip(claims), p =>
        {
            Assert.NotNull(p.First.Canonical);
            Assert.Equal(p.Second with { Canonical = p.First.Canonical }, p.First);
        });
        Assert.Equal("prisoner", result[0].Canonical!.Unit);
        Assert.Equal(0, _meter.FellBack);
    }

    [Fact]
    public async Task Asks_once_per_article_with_instructions_examples_and_the_article_as_data()
    {
        AnswerWith(data => FakeModel.Answer(data));
        var prompts = PromptSet.BuiltIn();

        await Canonicalizer(prompts).CanonicalizeAsync(_source, LlmTestKit.Claims(_source), CancellationToken.None);

        var (messages, options) = Assert.Single(_asked);
        Assert.Equal(ChatRole.System, messages[0].Role);
        Assert.StartsWith(prompts.System, messages[0].Text, StringComparison.Ordinal);
        Assert.Equal(1 + (2 * prompts.Examples.Count) + 1, messages.Count);
        Assert.DoesNotContain(messages.Take(messages.Count - 1), m => m.Text.Contains(Article, StringComparison.Ordinal));
        Assert.Equal(Article, JsonDocument.Parse(messages[^1].Text).RootElement.GetProperty("article").GetProperty("text").GetString());
        Assert.Equal("test-model", options!.ModelId);
        Assert.Equal(prompts.Version, options.AdditionalProperties![CachingChatClient.PromptVersionKey]);
        var format = Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        Assert.Equal(prompts.Schema.GetRawText(), format.Schema!.Value.GetRawText());
    }

    [Fact]
    public async Task An_article_without_claims_costs_no_call()
    {
        var result = await Canonicalizer().CanonicalizeAsync(_source, [], CancellationToken.None);

        Assert.Empty(result);
        Assert.Empty(_asked);
        _client.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    public static TheoryData<Exception, string> Failures() => new()
    {
        { new LlmHttpException(503, null, "LLM server answered HTTP 503"), "HTTP 503" },
        { new TimeoutRejectedException(), "timed out" },
        { new HttpRequestException("connection refused"), "no connection" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failed_call_leaves_the_rule_claims_and_says_so(Exception failure, string said)
    {
        _client.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>())).ThrowsAsync(failure);
        var claims = LlmTestKit.Claims(_source);
        var canonicalizer = Canonicalizer();

        var result = await canonicalizer.CanonicalizeAsync(_source, claims, CancellationToken.None);

        Assert.Equal(claims, result);
        Assert.Equal(claims.Count, _meter.FellBack);
        Assert.Contains(said, Assert.Single(canonicalizer.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_the_run_cancels_rather_than_falls_back()
    {
        using var cts = new CancellationTokenSource();
        _client.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Returns(async (IEnumerable<ChatMessage> _, ChatOptions? _, CancellationToken token) =>
            {
                await cts.CancelAsync();
                token.ThrowIfCancellationRequested();
                return new ChatResponse();
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Canonicalizer().CanonicalizeAsync(_source, LlmTestKit.Claims(_source), cts.Token));
    }

    [Fact]
    public async Task Warnings_come_out_in_source_order_whatever_order_the_calls_end_in()
    {
        _client.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "not json")));
        var canonicalizer = Canonicalizer();
        var sources = new[] { "c.txt", "a.txt", "b.txt" }.Select(id => LlmTestKit.Source(id, Article)).ToList();

        foreach (var s in sources)
        {
            await canonicalizer.CanonicalizeAsync(s, LlmTestKit.Claims(s), CancellationToken.None);
        }

        Assert.Equal(["a.txt", "b.txt", "c.txt"], canonicalizer.Warnings.Select(w => w.Split(':')[0]));
    }

    private LlmClaimCanonicalizer Canonicalizer(PromptSet? prompts = null) =>
        new(_client.Object, prompts ?? PromptSet.BuiltIn(), new CanonicalizerOptions("test-model"), _meter);

    private void AnswerWith(Func<JsonElement, string> answer) =>
        _client.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken _) =>
            {
                var list = messages.ToList();
                _asked.Add((list, options));
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(JsonDocument.Parse(list[^1].Text).RootElement)));
            });
}

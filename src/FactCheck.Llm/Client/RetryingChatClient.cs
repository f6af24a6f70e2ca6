using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FactCheck.Llm.Client;

/// <summary>
/// Retries a call that failed for a passing reason — 429, 5xx, no response, a timed-out attempt —
/// with exponential back-off, waiting exactly as long as the server's Retry-After asks when it sends one
/// (capped, so a hostile server cannot stall the run). Anything else (400, 401, bad JSON) fails at once.
/// </summary>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;

    // onRetry is told before each wait what failed and how long the wait is, for progress output.
    public RetryingChatClient(IChatClient inner, int maxRetries, TimeSpan baseDelay, TimeSpan maxRetryAfter, Action<string, TimeSpan>? onRetry = null)
        : base(inner)
    {
        var builder = new ResiliencePipelineBuilder();
        _pipeline = maxRetries <= 0
            ? ResiliencePipeline.Empty
            : builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetries,
                Delay = baseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder()
                    .Handle<LlmHttpException>(e => e.IsTransient)
                    .Handle<TimeoutRejectedException>()
                    .Handle<HttpRequestException>(),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is LlmHttpException { RetryAfter: { } wait }
                        ? (TimeSpan?)(wait < maxRetryAfter ? wait : maxRetryAfter)
                        : null),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args.Outcome.Exception switch
                    {
                        LlmHttpException { Status: 0 } => "no response",
                        LlmHttpException h => "HTTP " + h.Status,
                        TimeoutRejectedException => "timed out",
                        _ => "connection failed",
                    }, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            }).Build();
    }

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        // The messages may be a lazy sequence: fix them once so every attempt sends the same request.
        var fixedMessages = messages.ToList();
        return _pipeline.ExecuteAsync(
            async token => await base.GetResponseAsync(fixedMessages, options, token).ConfigureAwait(false),
            cancellationToken).AsTask();
    }
}

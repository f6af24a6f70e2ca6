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

    public RetryingChatClient(IChatClient inner, int maxRetries, TimeSpan baseDelay, TimeSpan maxRetryAfter, TimeProvider? timeProvider = null)
        : base(inner)
    {
        var builder = new ResiliencePipelineBuilder();
        if (timeProvider is not null)
        {
            builder.TimeProvider = timeProvider;
        }

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

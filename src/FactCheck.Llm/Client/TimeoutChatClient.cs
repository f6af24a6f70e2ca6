using Microsoft.Extensions.AI;
using Polly;
using Polly.Timeout;

namespace FactCheck.Llm.Client;

/// <summary>
/// Abandons one call after a fixed time, so a hung server costs a bounded wait.
/// Throws Polly's <see cref="TimeoutRejectedException"/>, which the retry decorator treats as passing.
/// </summary>
public sealed class TimeoutChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;

    public TimeoutChatClient(IChatClient inner, TimeSpan timeout)
        : base(inner)
    {
        _pipeline = new ResiliencePipelineBuilder().AddTimeout(timeout).Build();
    }

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteAsync(
            async token => await base.GetResponseAsync(messages, options, token).ConfigureAwait(false),
            cancellationToken).AsTask();
}

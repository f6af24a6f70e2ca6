using Microsoft.Extensions.AI;

namespace FactCheck.Llm.Client;

/// <summary>
/// Counts every call that reaches the server (each attempt, failed or not) and the tokens the server
/// says it used. Sits right above the adapter, so cache hits and retries are counted truthfully.
/// </summary>
public sealed class UsageCountingChatClient(IChatClient inner, UsageMeter meter) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        meter.CountCall();
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (response.Usage is { } usage)
        {
            meter.CountTokens(usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0);
        }

        return response;
    }
}

using Microsoft.Extensions.AI;

namespace FactCheck.Llm.Client;

/// <summary>Lets at most a fixed number of calls be in flight; the rest wait their turn (a run sends every article at once).</summary>
public sealed class ConcurrencyLimitingChatClient(IChatClient inner, int maxConcurrency) : DelegatingChatClient(inner)
{
    private readonly SemaphoreSlim _gate = new(Math.Max(1, maxConcurrency), Math.Max(1, maxConcurrency));

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }
}

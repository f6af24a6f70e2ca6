using Microsoft.Extensions.AI;
using Polly.Timeout;

namespace FactCheck.Llm.Client;

/// <summary>Thrown instead of calling once the server has failed too often in a row.</summary>
public sealed class LlmCircuitOpenException : Exception
{
    public LlmCircuitOpenException()
        : base("LLM server kept failing; no more calls this run")
    {
    }

    public LlmCircuitOpenException(string message)
        : base(message)
    {
    }

    public LlmCircuitOpenException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// Stops calling a server that is down, refuses the key or keeps timing out: after a number of
/// calls in a row have failed (each after its own retries), every later call of the run fails at
/// once, so a dead endpoint costs seconds, not minutes per article. A success resets the count.
/// </summary>
public sealed class CircuitBreakingChatClient(IChatClient inner, int failuresToBreak) : DelegatingChatClient(inner)
{
    private int _failuresInARow;

    public bool IsOpen => failuresToBreak > 0 && Volatile.Read(ref _failuresInARow) >= failuresToBreak;

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (IsOpen)
        {
            throw new LlmCircuitOpenException();
        }

        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _failuresInARow, 0);
            return response;
        }
        catch (Exception e) when (e is LlmHttpException or TimeoutRejectedException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _failuresInARow);
            throw;
        }
    }
}

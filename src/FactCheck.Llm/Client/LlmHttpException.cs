namespace FactCheck.Llm.Client;

/// <summary>
/// A failed call to the model server, told in terms the decorators understand without knowing the SDK:
/// the HTTP status (0 when no response came) and how long the server asked us to wait.
/// </summary>
public sealed class LlmHttpException : Exception
{
    public LlmHttpException()
        : this(0, null, "LLM call failed")
    {
    }

    public LlmHttpException(string message)
        : this(0, null, message)
    {
    }

    public LlmHttpException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public LlmHttpException(int status, TimeSpan? retryAfter, string message, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    /// <summary>HTTP status code; 0 when the connection failed before a response.</summary>
    public int Status { get; }

    /// <summary>The server's Retry-After (or retry-after-ms), when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Worth trying again: rate limited, a server error, or no response at all.</summary>
    public bool IsTransient => Status is 0 or 408 or 429 or >= 500;
}

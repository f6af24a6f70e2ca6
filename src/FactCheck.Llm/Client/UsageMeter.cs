using FactCheck.Core.Report;

namespace FactCheck.Llm.Client;

/// <summary>Thread-safe counters of one run's LLM traffic, read into the report's <see cref="LlmUsage"/>.</summary>
public sealed class UsageMeter
{
    private int _calls;
    private int _cacheHits;
    private long _inputTokens;
    private long _outputTokens;
    private int _fellBack;

    public int Calls => Volatile.Read(ref _calls);

    public int CacheHits => Volatile.Read(ref _cacheHits);

    public int FellBack => Volatile.Read(ref _fellBack);

    public void CountCall() => Interlocked.Increment(ref _calls);

    public void CountCacheHit() => Interlocked.Increment(ref _cacheHits);

    public void CountTokens(long input, long output)
    {
        Interlocked.Add(ref _inputTokens, input);
        Interlocked.Add(ref _outputTokens, output);
    }

    public void CountFellBack(int claims) => Interlocked.Add(ref _fellBack, claims);

    public LlmUsage ToUsage() => new(Calls, CacheHits, Interlocked.Read(ref _inputTokens), Interlocked.Read(ref _outputTokens), FellBack);
}

namespace FactCheck.Llm.Canonicalize;

/// <summary>Told as each article's canonicalization ends, so a front end can show progress while calls run.</summary>
public interface ILlmProgress
{
    void ArticleDone(string sourceId, int claims, int fellBack, bool fromCache);

    /// <summary>A call failed for a passing reason and will be tried again after <paramref name="delay"/>.</summary>
    void Retrying(string reason, TimeSpan delay);
}

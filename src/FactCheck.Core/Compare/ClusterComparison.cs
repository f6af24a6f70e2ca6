using System.Runtime.ExceptionServices;
using FactCheck.Core.Align;

namespace FactCheck.Core.Compare;

/// <summary>
/// Runs the comparers over every cluster of two or more sources. Clusters are independent, so they
/// are compared on up to the given number of threads; the findings and aliases come back in cluster
/// order, then comparer order, exactly as one thread would give them.
/// </summary>
public static class ClusterComparison
{
    public static (List<Finding> Findings, List<AliasEntry> Aliases) Run(
        IReadOnlyList<Cluster> clusters, IReadOnlyList<IClaimComparer> comparers, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(comparers);
        var compared = clusters.Where(c => c.Sources.Count > 1).ToList();
        var results = new (List<Finding> Findings, List<AliasEntry> Aliases)[compared.Count];
        if (threads <= 1 || compared.Count < 2)
        {
            for (var i = 0; i < compared.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = CompareOne(compared[i], comparers);
            }
        }
        else
        {
            try
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
                Parallel.For(0, compared.Count, options, i => results[i] = CompareOne(compared[i], comparers));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Fail as one thread would: with the comparer's own exception, not a wrapper.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }

        var findings = new List<Finding>();
        var aliases = new List<AliasEntry>();
        foreach (var (f, a) in results)
        {
            findings.AddRange(f);
            aliases.AddRange(a);
        }

        return (findings, aliases);
    }

    private static (List<Finding>, List<AliasEntry>) CompareOne(Cluster cluster, IReadOnlyList<IClaimComparer> comparers)
    {
        var findings = new List<Finding>();
        var aliases = new List<AliasEntry>();
        foreach (var comparer in comparers)
        {
            findings.AddRange(comparer.Compare(cluster));
            if (comparer is IAliasSource source)
            {
                aliases.AddRange(source.Aliases(cluster));
            }
        }

        return (findings, aliases);
    }
}

using System.Runtime.ExceptionServices;
using FactCheck.Core.Align;
using FactCheck.Core.Cache;

namespace FactCheck.Core.Compare;

/// <summary>
/// What the comparers concluded about one cluster: its findings, then its alias entries, in comparer
/// order; and a warning for each comparer that failed on it, whose findings are left out.
/// </summary>
public sealed record ClusterResult(IReadOnlyList<Finding> Findings, IReadOnlyList<AliasEntry> Aliases)
{
    public IReadOnlyList<string> Failures { get; init; } = [];
}

/// <summary>
/// Runs the comparers over every cluster of two or more sources. Clusters are independent, so they
/// are compared on up to the given number of threads; the findings and aliases come back in cluster
/// order, then comparer order, exactly as one thread would give them. With a cache, a cluster whose
/// members and claims are unchanged since a run that stored it is recalled instead of compared.
/// A comparer that fails on a cluster costs only its findings there (<see cref="StageFault"/>).
/// </summary>
public static class ClusterComparison
{
    public static (List<Finding> Findings, List<AliasEntry> Aliases, List<string> Failures) Run(
        IReadOnlyList<Cluster> clusters, IReadOnlyList<IClaimComparer> comparers, int threads, CancellationToken cancellationToken = default,
        ClusterFindingsCache? cache = null)
    {
        var findings = new List<Finding>();
        var aliases = new List<AliasEntry>();
        var failures = new List<string>();
        foreach (var result in RunEach(clusters, comparers, threads, cancellationToken, cache))
        {
            findings.AddRange(result.Findings);
            aliases.AddRange(result.Aliases);
            failures.AddRange(result.Failures);
        }

        return (findings, aliases, failures);
    }

    /// <summary>What the comparers concluded about each cluster, in cluster order (nothing for a cluster of one source).</summary>
    public static IReadOnlyList<ClusterResult> RunEach(
        IReadOnlyList<Cluster> clusters, IReadOnlyList<IClaimComparer> comparers, int threads, CancellationToken cancellationToken = default,
        ClusterFindingsCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(comparers);
        var compared = clusters.Where(c => c.Sources.Count > 1).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var keys = new string[cache is null ? 0 : compared.Count];
        if (cache is not null)
        {
            Parallel.For(0, compared.Count, options, i => keys[i] = cache.KeyOf(compared[i]));
        }

        var results = cache is null ? new ClusterResult?[compared.Count] : [.. cache.GetMany(compared, keys)];

        // Stored as soon as compared, on the comparing thread: the store takes puts from any thread.
        // A result some comparer failed on is not stored: the next run tries the cluster again.
        ClusterResult CompareAndStore(int i)
        {
            var result = CompareOne(compared[i], comparers);
            if (result.Failures.Count == 0)
            {
                cache?.Put(compared[i], keys[i], result);
            }

            return result;
        }

        var missing = Enumerable.Range(0, compared.Count).Where(i => results[i] is null).ToList();
        if (threads <= 1 || missing.Count < 2)
        {
            foreach (var i in missing)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = CompareAndStore(i);
            }
        }
        else
        {
            try
            {
                Parallel.ForEach(missing, options, i => results[i] = CompareAndStore(i));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Fail as one thread would: with the comparer's own exception, not a wrapper.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }

        var each = new ClusterResult[clusters.Count];
        var next = 0;
        for (var c = 0; c < clusters.Count; c++)
        {
            each[c] = clusters[c].Sources.Count > 1 ? results[next++]! : NothingCompared;
        }

        return each;
    }

    private static readonly ClusterResult NothingCompared = new([], []);

    private static ClusterResult CompareOne(Cluster cluster, IReadOnlyList<IClaimComparer> comparers)
    {
        var findings = new List<Finding>();
        var aliases = new List<AliasEntry>();
        var failures = new List<string>();
        var where = $"cluster {cluster.Id} ({string.Join(", ", cluster.Sources.Select(s => s.Id))})";
        foreach (var comparer in comparers)
        {
            var (found, failed) = StageFault.Contain(where, comparer, "its findings on this cluster are left out", () => comparer.Compare(cluster));
            var (named, aliasFailed) = comparer is IAliasSource source
                ? StageFault.Contain(where, comparer, "its speaker names on this cluster are left out", () => source.Aliases(cluster))
                : ([], null);
            findings.AddRange(found);
            aliases.AddRange(named);
            failures.AddRange(new[] { failed, aliasFailed }.OfType<string>());
        }

        return new ClusterResult(EventDaysInDates.Without(FiguresInQuotes.Without(findings)), aliases) { Failures = failures };
    }
}

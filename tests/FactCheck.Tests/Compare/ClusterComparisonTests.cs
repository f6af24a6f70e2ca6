using FactCheck.Core.Align;
using FactCheck.Core.Compare;
using Moq;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class ClusterComparisonTests
{
    /// <summary>Names each cluster it sees; early clusters take longest, so a careless parallel run would reorder them.</summary>
    private sealed class NamingComparer(string name) : IClaimComparer, IAliasSource
    {
        public IEnumerable<Finding> Compare(Cluster cluster)
        {
            var n = int.Parse(cluster.Id[1..], System.Globalization.CultureInfo.InvariantCulture);
            Thread.SpinWait((40 - n) * 20_000);
            yield return new Finding(FindingKind.SingleSource, name, Severity.Low, $"{name} saw {cluster.Id}", []);
        }

        public IEnumerable<AliasEntry> Aliases(Cluster cluster) => [new AliasEntry(cluster.Id, name, name, null, [], [])];
    }

    private static readonly IReadOnlyList<Cluster> Clusters =
        [.. Enumerable.Range(1, 40).Select(i => new Cluster(
            $"c{i}",
            i % 7 == 0 ? [Source($"s{i}a.txt", "Alone.")] : [Source($"s{i}a.txt", "One."), Source($"s{i}b.txt", "Two.")],
            []))];

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(16)]
    public void Findings_and_aliases_come_in_cluster_then_comparer_order_whatever_the_threads(int threads)
    {
        IClaimComparer[] comparers = [new NamingComparer("first"), new NamingComparer("second")];

        var (oneFindings, oneAliases, _) = ClusterComparison.Run(Clusters, comparers, 1);
        var (manyFindings, manyAliases, _) = ClusterComparison.Run(Clusters, comparers, threads);

        var expected = Clusters.Where(c => c.Sources.Count > 1).SelectMany(c => new[] { $"first saw {c.Id}", $"second saw {c.Id}" }).ToList();
        Assert.Equal(expected, oneFindings.Select(f => f.Summary));
        Assert.Equal(expected, manyFindings.Select(f => f.Summary));
        Assert.Equal(oneAliases.Select(a => a.Cluster + a.Id), manyAliases.Select(a => a.Cluster + a.Id));
    }

    /// <summary>Gives a finding on every cluster, then throws on one: a rule that fails half-way must add none of what it gave first.</summary>
    private sealed class FailingOn(string clusterId) : IClaimComparer
    {
        public IEnumerable<Finding> Compare(Cluster cluster)
        {
            yield return new Finding(FindingKind.SingleSource, "failing", Severity.Low, $"failing saw {cluster.Id}", []);
            if (cluster.Id == clusterId)
            {
                throw new InvalidDataException("bad cluster\nat the second line");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_comparer_that_fails_on_one_cluster_loses_only_its_own_findings_there_and_says_so(int threads)
    {
        var (findings, _, failures) = ClusterComparison.Run(Clusters, [new NamingComparer("first"), new FailingOn("c3")], threads);

        var compared = Clusters.Where(c => c.Sources.Count > 1).ToList();
        Assert.Equal(
            compared.SelectMany(c => c.Id == "c3" ? [$"first saw {c.Id}"] : new[] { $"first saw {c.Id}", $"failing saw {c.Id}" }),
            findings.Select(f => f.Summary));
        Assert.Equal(
            "cluster c3 (s3a.txt, s3b.txt): FailingOn failed (InvalidDataException: bad cluster); its findings on this cluster are left out",
            Assert.Single(failures));
    }

    [Fact]
    public void A_failed_cluster_is_not_stored_so_the_next_run_compares_it_again()
    {
        var cache = new FactCheck.Core.Cache.ClusterFindingsCache(new FactCheck.Tests.Cache.MemoryStore(), "test");
        IClaimComparer[] comparers = [new FailingOn("c3")];

        ClusterComparison.Run(Clusters, comparers, 1, cache: cache);
        var (_, _, failures) = ClusterComparison.Run(Clusters, comparers, 1, cache: cache);

        Assert.Single(failures);
    }

    [Fact]
    public void Cancellation_inside_a_comparer_still_ends_the_run()
    {
        var cancelling = new Mock<IClaimComparer>();
        cancelling.Setup(c => c.Compare(It.IsAny<Cluster>())).Throws(new OperationCanceledException("stop"));

        Assert.Throws<OperationCanceledException>(() => ClusterComparison.Run(Clusters, [cancelling.Object], 4));
    }
}

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

        var (oneFindings, oneAliases) = ClusterComparison.Run(Clusters, comparers, 1);
        var (manyFindings, manyAliases) = ClusterComparison.Run(Clusters, comparers, threads);

        var expected = Clusters.Where(c => c.Sources.Count > 1).SelectMany(c => new[] { $"first saw {c.Id}", $"second saw {c.Id}" }).ToList();
        Assert.Equal(expected, oneFindings.Select(f => f.Summary));
        Assert.Equal(expected, manyFindings.Select(f => f.Summary));
        Assert.Equal(oneAliases.Select(a => a.Cluster + a.Id), manyAliases.Select(a => a.Cluster + a.Id));
    }

    [Fact]
    public void A_failing_comparer_fails_the_run_with_its_own_exception()
    {
        var failing = new Mock<IClaimComparer>();
        failing.Setup(c => c.Compare(It.IsAny<Cluster>())).Throws(new InvalidDataException("bad cluster"));

        var e = Assert.Throws<InvalidDataException>(() => ClusterComparison.Run(Clusters, [failing.Object], 4));
        Assert.Equal("bad cluster", e.Message);
    }
}

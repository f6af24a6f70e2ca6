using FactCheck.Core.Align;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Align;

public sealed class SourceClustererTests
{
    private static readonly AnalyzedSource[] Sources =
    [
        Source("flood-a.txt", "The Marrow River burst its banks on Sunday, flooding the lower town. Governor Ada Finch promised to rebuild every damaged home. Rescue crews evacuated residents from the valley overnight."),
        Source("flood-b.txt", "Rescue crews spent the night evacuating residents after the Marrow River flooded the lower town. Governor Ada Finch said every damaged home would be rebuilt."),
        Source("phone.txt", "Orbit Devices unveiled its X2 phone with a larger battery and a brighter screen. The phone ships in April at a price of $799, the company said."),
        Source("flood-c.txt", "Flood waters from the Marrow River reached the lower town on Sunday. Governor Finch visited evacuated residents and promised help for damaged homes."),
    ];

    private static readonly Dictionary<string, IReadOnlyList<Claim>> NoClaims = Sources.ToDictionary(s => s.Id, _ => (IReadOnlyList<Claim>)[]);

    [Fact]
    public void Stories_about_one_event_share_a_cluster_and_an_unrelated_one_stands_apart()
    {
        var clusters = new SourceClusterer().Group(Sources, NoClaims);

        Assert.Equal(2, clusters.Count);
        Assert.Equal(["flood-a.txt", "flood-b.txt", "flood-c.txt"], clusters[0].Sources.Select(s => s.Id));
        Assert.Equal(["phone.txt"], clusters[1].Sources.Select(s => s.Id));
    }

    [Fact]
    public void Cluster_ids_follow_the_order_of_the_sources()
    {
        var clusters = new SourceClusterer().Group(Sources, NoClaims);

        Assert.Equal(["c1", "c2"], clusters.Select(c => c.Id));
    }

    [Fact]
    public void A_threshold_above_every_similarity_leaves_every_source_alone()
    {
        var clusters = new SourceClusterer(threshold: 1.01).Group(Sources, NoClaims);

        Assert.Equal(Sources.Length, clusters.Count);
    }

    [Fact]
    public void A_single_source_is_its_own_cluster()
    {
        var clusters = new SourceClusterer().Group([Sources[0]], NoClaims);

        Assert.Single(Assert.Single(clusters).Sources);
    }
}

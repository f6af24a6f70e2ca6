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
    public void Reworded_reports_of_one_story_cluster_on_the_figures_and_days_they_share()
    {
        AnalyzedSource[] sources =
        [
            Source("ledger.txt", "Orbis Motors reported a third-quarter net profit of $1.42 billion on Tuesday, up 18% from a year earlier. Revenue rose to $12.8 billion, beating analysts' forecasts of $12.5 billion. The carmaker delivered 412,000 vehicles in the quarter. Chief executive Hana Ito said demand in Europe had been strong. The company will cut 2,000 jobs at its Leeds plant."),
            Source("street.txt", "Orbis Motors on Tuesday posted quarterly net income of $1.24bn, an increase of 18% on the same period last year. Sales climbed to $12.8bn against expectations of $12.5bn. Deliveries reached 421,000 cars in the July-September period. CEO Hana Ito said European demand had been exceptionally strong. Orbis plans to eliminate 2,000 positions at the Leeds factory."),
            Source("flood.txt", "The Marrow River burst its banks on Sunday, flooding 2,000 homes in the lower town. Governor Ada Finch promised to rebuild every damaged home."),
        ];
        var extractors = FactCheck.Core.Pipeline.FactCheckerFactory.RuleExtractors();
        var claims = sources.ToDictionary(s => s.Id, s =>
        {
            var found = new List<Claim>();
            foreach (var extractor in extractors)
            {
                found.AddRange(extractor.Extract(s, found));
            }

            return (IReadOnlyList<Claim>)found;
        });

        // The two reports alone (no third source to make their shared words rare), then with a story
        // that shares one of their figures but nothing else.
        var pair = new SourceClusterer().Group(sources[..2], claims);
        var all = new SourceClusterer().Group(sources, claims);

        Assert.Equal(["ledger.txt", "street.txt"], Assert.Single(pair).Sources.Select(s => s.Id));
        Assert.Equal(["ledger.txt", "street.txt"], all[0].Sources.Select(s => s.Id));
        Assert.Equal(["flood.txt"], all[1].Sources.Select(s => s.Id));
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

using FactCheck.Core.Align;

namespace FactCheck.Tests.Align;

public sealed class AverageLinkageTests
{
    /// <summary>
    /// Random sparse graphs whose similarities come from a few values, so that ties are everywhere:
    /// the incremental linkage must merge exactly as the from-scratch one does, tie-breaks included.
    /// </summary>
    [Theory]
    [InlineData(8, 0.3)]
    [InlineData(15, 0.3)]
    [InlineData(30, 0.25)]
    [InlineData(60, 0.2)]
    public void Merges_as_the_straightforward_algorithm_does(int size, double threshold)
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed);
            var similarity = new Dictionary<(int, int), double>();
            var neighbours = Enumerable.Range(0, size).Select(_ => new List<(int, double)>()).ToArray();
            for (var a = 0; a < size; a++)
            {
                for (var b = a + 1; b < size; b++)
                {
                    if (random.Next(4) == 0)
                    {
                        var s = random.Next(1, 10) / 10.0;
                        similarity[(a, b)] = s;
                        neighbours[a].Add((b, s));
                        neighbours[b].Add((a, s));
                    }
                }
            }

            var members = Enumerable.Range(0, size).ToList();
            var expected = ReferenceClusterer.AverageLinkage(members, similarity, threshold).Select(g => g.Order().ToList()).OrderBy(g => g[0]).ToList();
            var actual = new AverageLinkage(threshold, neighbours).Split(members).Select(g => g.Order().ToList()).OrderBy(g => g[0]).ToList();

            Assert.True(expected.SequenceEqual(actual, new ListComparer()), $"seed {seed}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    [Fact]
    public void On_a_tie_the_pair_met_first_merges_first()
    {
        // 0–1 and 0–2 tie; taking 0–1 first leaves 2 and 3 too far apart to join anyone.
        List<(int, double)>[] neighbours = [[(1, 0.5), (2, 0.5)], [(0, 0.5), (3, 0.4)], [(0, 0.5)], [(1, 0.4)]];

        var groups = new AverageLinkage(0.3, neighbours).Split([0, 1, 2, 3]);

        Assert.Equal([[0, 1], [2], [3]], groups);
    }

    private static string Show(List<List<int>> groups) => string.Join(" ", groups.Select(g => "{" + string.Join(",", g) + "}"));

    private sealed class ListComparer : IEqualityComparer<List<int>>
    {
        public bool Equals(List<int>? x, List<int>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(List<int> obj) => obj.Count;
    }
}

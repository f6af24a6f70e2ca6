using FactCheck.Core.Align;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Align;

/// <summary>
/// The clusterer's sparse vectors and incremental average linkage must give exactly the groups of
/// the straightforward algorithm (<see cref="ReferenceClusterer"/>), ties and threshold edges
/// included. Folders are generated from a seed: few words and names, so that stories overlap,
/// components grow large and exact duplicates make ties.
/// </summary>
public sealed class SourceClustererEquivalenceTests
{
    // Pseudo-words from syllables: a few hundred, so that each story has its own distinctive terms.
    private static readonly string[] Syllables = ["bar", "ton", "kel", "mir", "sad", "ven", "lor", "pik", "dun", "rho", "gal", "tes", "mun", "fey", "oss"];

    private static readonly string[] Words = [.. Syllables.SelectMany(a => Syllables, (a, b) => a + b)];

    private static readonly string[] Names = [.. Syllables.Take(8).SelectMany(a => Syllables.Skip(8), (a, b) => char.ToUpperInvariant(a[0]) + a[1..] + " " + char.ToUpperInvariant(b[0]) + b[1..] + (a == "bar" ? "'s" : ""))];

    [Theory]
    [InlineData(1, 12, 0.2)]
    [InlineData(2, 40, 0.2)]
    [InlineData(3, 80, 0.2)]
    [InlineData(4, 80, 0.1)]
    [InlineData(5, 60, 0.35)]
    [InlineData(6, 120, 0.15)]
    [InlineData(7, 30, 0.05)]
    [InlineData(8, 150, 0.25)]
    public void Groups_are_those_of_the_straightforward_algorithm(int seed, int count, double threshold)
    {
        var sources = Folder(new Random(seed), count);
        var noClaims = sources.ToDictionary(s => s.Id, _ => (IReadOnlyList<Claim>)[]);

        var fast = new SourceClusterer(threshold).Group(sources, noClaims)
            .Select(c => c.Sources.Select(s => int.Parse(s.Id[3..], System.Globalization.CultureInfo.InvariantCulture)).ToList())
            .ToList();
        var reference = ReferenceClusterer.Group(sources, threshold);

        Assert.Equal(reference, fast);
        Assert.Contains(reference, g => g.Count > 2);
    }

    private static List<AnalyzedSource> Folder(Random random, int count)
    {
        var sources = new List<AnalyzedSource>();
        var stories = Math.Max(2, count / 5);
        for (var i = 0; i < count; i++)
        {
            // Now and then an exact copy of an earlier article: equal vectors, equal similarities.
            if (i > 0 && random.Next(8) == 0)
            {
                sources.Add(Source($"doc{i:D4}", sources[random.Next(i)].Document.Text));
                continue;
            }

            var story = random.Next(stories);

            // A story draws most words from its own small pool, the rest from anywhere.
            var pool = new Random(story);
            var own = Enumerable.Range(0, 12).Select(_ => Words[pool.Next(Words.Length)]).ToArray();
            var people = Enumerable.Range(0, 3).Select(_ => Names[pool.Next(Names.Length)]).ToArray();
            var sentences = new List<string>();
            for (var k = random.Next(2, 7); k > 0; k--)
            {
                var picked = Enumerable.Range(0, random.Next(4, 9))
                    .Select(_ => random.Next(3) > 0 ? own[random.Next(own.Length)] : Words[random.Next(Words.Length)]);
                var name = random.Next(3) > 0 ? people[random.Next(people.Length)] : Names[random.Next(Names.Length)];
                sentences.Add($"{name} said the {string.Join(' ', picked)} mattered.");
            }

            sources.Add(Source($"doc{i:D4}", string.Join(' ', sentences)));
        }

        return sources;
    }
}

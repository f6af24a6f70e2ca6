using FactCheck.Core.Align;
using Xunit;

namespace FactCheck.Tests.Align;

/// <summary>
/// Regrouping after a few sources changed must give exactly the groups (and components) a full
/// grouping of the changed folder gives, while grouping anew only what the change can reach.
/// Folders are random: stories of 1–6 sources sharing story words, and either words common to
/// all and noise (links across stories, so large linked components) or nothing else (each story
/// its own component, so a source rewritten as another story leaves its old component behind).
/// </summary>
public sealed class RegroupTests
{
    private static readonly SourceClusterer Clusterer = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RegroupingGivesTheFullGroupingForRandomChanges(bool noise)
    {
        var random = new Random(20261122);
        for (var trial = 0; trial < 150; trial++)
        {
            var (folder, stories) = Folder(random, stories: random.Next(3, 25), noise);
            var state = Clusterer.GroupTerms(folder);
            var changed = new Dictionary<int, SourceTerms>();
            for (var c = random.Next(1, 4); c > 0; c--)
            {
                var index = random.Next(folder.Count);
                changed[index] = Changed(random, folder[index], stories, noise);
            }

            var after = folder.ToList();
            foreach (var (index, terms) in changed)
            {
                after[index] = terms;
            }

            var full = Clusterer.GroupTerms(after);
            var regrouped = Clusterer.Regroup(state, changed);
            Assert.Equal(Render(full.Groups), Render(regrouped.Groups));
            Assert.Equal(full.Components, regrouped.State.Components);

            // And again from the regrouped state: the state it leaves is as good as a full one.
            var again = new Dictionary<int, SourceTerms> { [0] = Changed(random, after[0], stories, noise) };
            after[0] = again[0];
            Assert.Equal(Render(Clusterer.GroupTerms(after).Groups), Render(Clusterer.Regroup(regrouped.State, again).Groups));
        }
    }

    [Fact]
    public void RebuildingAfterFilesAddedAndRemovedGivesTheFullGrouping()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 100; trial++)
        {
            var (folder, stories) = Folder(random, stories: random.Next(3, 20), noise: trial % 2 == 0);
            var state = Clusterer.GroupTerms(folder);

            // Some sources removed, some new ones put in at random places, one kept source edited.
            var now = new List<(SourceTerms Terms, int Previous)>();
            for (var i = 0; i < folder.Count; i++)
            {
                if (random.NextDouble() < 0.15)
                {
                    continue;
                }

                if (random.NextDouble() < 0.15)
                {
                    now.Add((Source(random, stories[random.Next(stories.Count)], stories, trial % 2 == 0), -1));
                }

                now.Add((folder[i], i));
            }

            if (now.Count == 0)
            {
                continue;
            }

            var edited = random.Next(now.Count);
            now[edited] = (Changed(random, now[edited].Terms, stories, trial % 2 == 0), -1);
            var fresh = Enumerable.Range(0, now.Count).Where(i => now[i].Previous < 0).ToDictionary(i => i, i => now[i].Terms);

            var rebuilt = Clusterer.Rebuild(state, [.. now.Select(p => p.Previous)], fresh);

            var full = Clusterer.GroupTerms([.. now.Select(p => p.Terms)]);
            Assert.Equal(Render(full.Groups), Render(rebuilt.Groups));
            Assert.Equal(full.Components, rebuilt.Components);
        }
    }

    [Fact]
    public void AChangeThatMovesOnlyRareTermsRegroupsOnlyItsOwnStory()
    {
        var random = new Random(7);
        var (folder, _) = Folder(random, stories: 30, noise: false);
        var state = Clusterer.GroupTerms(folder);
        var changedTerms = folder[0].Terms.Append("unheard-of-word").ToList();
        var changed = new Dictionary<int, SourceTerms> { [0] = SourceTerms.Of(changedTerms, [.. folder[0].Counts, 1]) };

        var result = Clusterer.Regroup(state, changed);

        var story = state.Groups.First(g => g.Contains(0));
        Assert.True(result.Regrouped[0]);
        Assert.True(result.Regrouped.Count(r => r) <= story.Length + 2, $"{result.Regrouped.Count(r => r)} sources regrouped for a story of {story.Length}");
        Assert.Equal(Render(state.Groups), Render(result.Groups));
    }

    [Fact]
    public void NoChangeKeepsEveryGroupAndRegroupsNothing()
    {
        var (folder, _) = Folder(new Random(3), stories: 10);
        var state = Clusterer.GroupTerms(folder);

        var result = Clusterer.Regroup(state, new Dictionary<int, SourceTerms>());

        Assert.DoesNotContain(true, result.Regrouped);
        Assert.Equal(Render(state.Groups), Render(result.Groups));
    }

    private static string Render(IEnumerable<int[]> groups) => string.Join(" | ", groups.Select(g => string.Join(",", g)));

    /// <summary>Sources in story order, interleaved a little; each story has its own words.</summary>
    private static (List<SourceTerms> Folder, List<string[]> Stories) Folder(Random random, int stories, bool noise = true)
    {
        var storyWords = Enumerable.Range(0, stories)
            .Select(s => Enumerable.Range(0, random.Next(4, 12)).Select(w => $"s{s}w{w}").ToArray())
            .ToList();
        var folder = new List<SourceTerms>();
        for (var s = 0; s < stories; s++)
        {
            for (var k = random.Next(1, 7); k > 0; k--)
            {
                folder.Add(Source(random, storyWords[s], storyWords, noise));
            }
        }

        // A few neighbours swapped, so stories are not always runs of sources.
        for (var i = 0; i + 1 < folder.Count; i += random.Next(2, 6))
        {
            (folder[i], folder[i + 1]) = (folder[i + 1], folder[i]);
        }

        return (folder, storyWords);
    }

    private static SourceTerms Source(Random random, string[] story, List<string[]> stories, bool noise = true)
    {
        var terms = new List<string>();
        foreach (var word in story)
        {
            if (random.NextDouble() < 0.7)
            {
                terms.Add(word);
            }
        }

        // Words every story uses, and words borrowed from another story: links that are not stories.
        if (noise)
        {
            foreach (var common in new[] { "said", "people", "officials", "monday" })
            {
                if (random.NextDouble() < 0.6)
                {
                    terms.Add(common);
                }
            }

            var other = stories[random.Next(stories.Count)];
            terms.Add(other[random.Next(other.Length)]);
            terms.Add($"noise{random.Next(40)}");
        }
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        return SourceTerms.Of(distinct, [.. distinct.Select(_ => random.Next(1, 4))]);
    }

    /// <summary>A source edited: a word dropped or added, a common word removed, or rewritten as another story.</summary>
    private static SourceTerms Changed(Random random, SourceTerms source, List<string[]> stories, bool noise)
    {
        var terms = source.Terms.ToList();
        var counts = source.Counts.ToList();
        switch (random.Next(4))
        {
            case 0 when terms.Count > 1:
                var drop = random.Next(terms.Count);
                terms.RemoveAt(drop);
                counts.RemoveAt(drop);
                break;
            case 1:
                var word = $"fresh{random.Next(5)}";
                if (!terms.Contains(word))
                {
                    terms.Add(word);
                    counts.Add(random.Next(1, 3));
                }

                break;
            case 2:
                var at = terms.IndexOf("said");
                if (at >= 0)
                {
                    terms.RemoveAt(at);
                    counts.RemoveAt(at);
                }
                else
                {
                    terms.Add("said");
                    counts.Add(1);
                }

                break;
            default:
                return Source(random, stories[random.Next(stories.Count)], stories, noise);
        }

        return terms.Count == 0 ? SourceTerms.Of(["empty"], [1]) : SourceTerms.Of(terms, counts);
    }
}

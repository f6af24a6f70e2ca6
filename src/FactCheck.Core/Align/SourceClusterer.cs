using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;

namespace FactCheck.Core.Align;

/// <summary>
/// Groups sources that cover the same story. Each source becomes a TF-IDF vector of its content
/// words, its proper-name pairs and the days its claims resolve to. Sources are compared only when
/// they share a distinctive term (blocking through an inverted index, so a folder of thousands of
/// articles is not compared all against all); sources at least <see cref="Threshold"/> alike are
/// linked, and each linked group is then split by average-linkage agglomerative clustering at the
/// same threshold, so that one loose link does not chain two stories together. A source left alone
/// "stands apart" and is compared with no one.
/// </summary>
public sealed class SourceClusterer(double threshold = SourceClusterer.DefaultThreshold)
{
    public const double DefaultThreshold = 0.2;

    // A term in more documents than this is too common to block on: far more outlets than ever cover
    // one story. Common terms still count in the similarity of the pairs that blocking finds.
    private const int PostingCap = 50;

    public double Threshold { get; } = threshold;

    public IReadOnlyList<Cluster> Group(IReadOnlyList<AnalyzedSource> sources, IReadOnlyDictionary<string, IReadOnlyList<Claim>> claims)
    {
        var vectors = TermVector.TfIdf([.. sources.Select(s => Features(s, claims.GetValueOrDefault(s.Id) ?? []))]);
        var similarity = CandidateSimilarities(vectors);

        // Link sources whose similarity reaches the threshold; each linked component is a candidate story.
        var components = new UnionFind(sources.Count);
        foreach (var ((a, b), s) in similarity)
        {
            if (s >= Threshold)
            {
                components.Union(a, b);
            }
        }

        var groups = Enumerable.Range(0, sources.Count)
            .GroupBy(components.Find)
            .SelectMany(g => AverageLinkage([.. g], similarity))
            .Select(g => g.Order().ToList())
            .OrderBy(g => g[0])
            .ToList();

        // Stable ids: clusters in order of their first source.
        return groups
            .Select((g, i) => new Cluster(
                "c" + (i + 1).ToString(CultureInfo.InvariantCulture),
                [.. g.Select(k => sources[k])],
                [.. g.SelectMany(k => claims.GetValueOrDefault(sources[k].Id) ?? [])]))
            .ToList();
    }

    /// <summary>Cosine similarities of the pairs of sources that share at least one distinctive term.</summary>
    private static Dictionary<(int, int), double> CandidateSimilarities(List<Dictionary<string, double>> vectors)
    {
        const int cap = PostingCap;
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var term in vectors[i].Keys)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(i);
            }
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var list in postings.Values.Where(l => l.Count > 1 && l.Count <= cap))
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    pairs.Add((list[x], list[y]));
                }
            }
        }

        return pairs.ToDictionary(p => p, p => TermVector.Cosine(vectors[p.Item1], vectors[p.Item2]));
    }

    private IEnumerable<List<int>> AverageLinkage(List<int> members, Dictionary<(int, int), double> similarity)
    {
        var groups = members.Select(m => new List<int> { m }).ToList();
        while (groups.Count > 1)
        {
            var (best, bi, bj) = (double.MinValue, -1, -1);
            for (var i = 0; i < groups.Count; i++)
            {
                for (var j = i + 1; j < groups.Count; j++)
                {
                    var s = groups[i].SelectMany(a => groups[j].Select(b => similarity.GetValueOrDefault(a < b ? (a, b) : (b, a)))).Average();
                    if (s > best)
                    {
                        (best, bi, bj) = (s, i, j);
                    }
                }
            }

            if (best < Threshold)
            {
                break;
            }

            groups[bi].AddRange(groups[bj]);
            groups.RemoveAt(bj);
        }

        return groups;
    }

    private static List<string> Features(AnalyzedSource source, IReadOnlyList<Claim> claims)
    {
        var features = new List<string>();
        foreach (var sentence in source.Sentences)
        {
            features.AddRange(TermVector.ContentWords(sentence.Text));
            features.AddRange(NamePairs(sentence.Text));
        }

        // Days the story's events fall on: two stories about the same days are likelier one story.
        foreach (var date in claims.OfType<DateClaim>())
        {
            if (date.Resolved is { Precision: DatePrecision.Day } d)
            {
                features.Add("@" + d.ToIso());
            }
        }

        return features;
    }

    /// <summary>Adjacent capitalised words ("Dmitry Peskov"), which name the people and places of a story.</summary>
    private static IEnumerable<string> NamePairs(string sentence)
    {
        var tokens = sentence.Split([' ', ',', ';', ':', '(', ')', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i - 1].Length > 1 && tokens[i].Length > 1 && char.IsUpper(tokens[i - 1][0]) && char.IsUpper(tokens[i][0]))
            {
                yield return "^" + tokens[i - 1].TrimEnd('.', '\'', '\u2019').ToLowerInvariant() + "_" + tokens[i].TrimEnd('.', '\'', '\u2019', 's').ToLowerInvariant();
            }
        }
    }
}

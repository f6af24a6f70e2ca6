using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;

namespace FactCheck.Core.Align;

/// <summary>
/// Groups sources that cover the same story. Each source becomes a TF-IDF vector of its content
/// words, its proper-name pairs and the days its claims resolve to; sources are then joined by
/// average-linkage agglomerative clustering while the two closest groups are at least
/// <see cref="Threshold"/> alike. A source left alone "stands apart" and is compared with no one.
/// </summary>
public sealed class SourceClusterer(double threshold = SourceClusterer.DefaultThreshold)
{
    public const double DefaultThreshold = 0.2;

    public double Threshold { get; } = threshold;

    public IReadOnlyList<Cluster> Group(IReadOnlyList<AnalyzedSource> sources, IReadOnlyDictionary<string, IReadOnlyList<Claim>> claims)
    {
        var vectors = TermVector.TfIdf([.. sources.Select(s => Features(s, claims.GetValueOrDefault(s.Id) ?? []))]);
        var groups = sources.Select((_, i) => new List<int> { i }).ToList();
        var similarity = new double[sources.Count, sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = i + 1; j < sources.Count; j++)
            {
                similarity[i, j] = similarity[j, i] = TermVector.Cosine(vectors[i], vectors[j]);
            }
        }

        while (groups.Count > 1)
        {
            var (best, bi, bj) = (double.MinValue, -1, -1);
            for (var i = 0; i < groups.Count; i++)
            {
                for (var j = i + 1; j < groups.Count; j++)
                {
                    var s = groups[i].SelectMany(a => groups[j].Select(b => similarity[a, b])).Average();
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

        // Stable ids: clusters in order of their first source.
        return groups
            .Select(g => g.Order().ToList())
            .OrderBy(g => g[0])
            .Select((g, i) => new Cluster(
                "c" + (i + 1).ToString(CultureInfo.InvariantCulture),
                [.. g.Select(k => sources[k])],
                [.. g.SelectMany(k => claims.GetValueOrDefault(sources[k].Id) ?? [])]))
            .ToList();
    }

    /// <summary>The similarity of every pair of sources, for diagnostics and tests.</summary>
    public static double[,] Similarities(IReadOnlyList<AnalyzedSource> sources, IReadOnlyDictionary<string, IReadOnlyList<Claim>> claims)
    {
        var vectors = TermVector.TfIdf([.. sources.Select(s => Features(s, claims.GetValueOrDefault(s.Id) ?? []))]);
        var m = new double[sources.Count, sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            for (var j = 0; j < sources.Count; j++)
            {
                m[i, j] = TermVector.Cosine(vectors[i], vectors[j]);
            }
        }

        return m;
    }

    private static List<string> Features(AnalyzedSource source, IReadOnlyList<Claim> claims)
    {
        var features = new List<string>();
        foreach (var sentence in source.Sentences)
        {
            var words = TermVector.ContentWords(sentence.Text).ToList();
            features.AddRange(words);
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

using FactCheck.Core.Align;
using FactCheck.Core.Normalize;

namespace FactCheck.Tests.Align;

/// <summary>
/// The clusterer written the obvious way (string-keyed vectors, every candidate pair in a
/// dictionary, average linkage recomputed from scratch after each merge), for checking that the
/// fast one gives exactly the same groups. Sources carry no claims here, so no date features.
/// </summary>
internal static class ReferenceClusterer
{
    public static List<List<int>> Group(IReadOnlyList<AnalyzedSource> sources, double threshold)
    {
        var vectors = TfIdf([.. sources.Select(Features)]);
        var similarity = new Dictionary<(int, int), double>();
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

        foreach (var list in postings.Values.Where(l => l.Count > 1 && l.Count <= 50))
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    similarity[(list[x], list[y])] = Cosine(vectors[list[x]], vectors[list[y]]);
                }
            }
        }

        var parent = Enumerable.Range(0, sources.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        foreach (var ((a, b), s) in similarity.Where(p => p.Value >= threshold))
        {
            var (ra, rb) = (Find(a), Find(b));
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        return [.. Enumerable.Range(0, sources.Count)
            .GroupBy(Find)
            .SelectMany(g => AverageLinkage([.. g], similarity, threshold))
            .Select(g => g.Order().ToList())
            .OrderBy(g => g[0])];
    }

    public static List<List<int>> AverageLinkage(List<int> members, Dictionary<(int, int), double> similarity, double threshold)
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

            if (best < threshold)
            {
                break;
            }

            groups[bi].AddRange(groups[bj]);
            groups.RemoveAt(bj);
        }

        return groups;
    }

    private static List<string> Features(AnalyzedSource source)
    {
        var features = new List<string>();
        foreach (var sentence in source.Sentences)
        {
            features.AddRange(TermVector.ContentWords(sentence.Text));
            var tokens = sentence.Text.Split([' ', ',', ';', ':', '(', ')', '"', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < tokens.Length; i++)
            {
                if (tokens[i - 1].Length > 1 && tokens[i].Length > 1 && char.IsUpper(tokens[i - 1][0]) && char.IsUpper(tokens[i][0]))
                {
                    features.Add("^" + tokens[i - 1].TrimEnd('.', '\'', '\u2019').ToLowerInvariant() + "_" + tokens[i].TrimEnd('.', '\'', '\u2019', 's').ToLowerInvariant());
                }
            }
        }

        return features;
    }

    private static List<Dictionary<string, double>> TfIdf(IReadOnlyList<List<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Distinct(StringComparer.Ordinal)))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }

        var n = documents.Count;
        var vectors = new List<Dictionary<string, double>>();
        foreach (var doc in documents)
        {
            var v = doc.GroupBy(t => t, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (1 + Math.Log(g.Count())) * (Math.Log((n + 1.0) / (df[g.Key] + 1.0)) + 1), StringComparer.Ordinal);
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            foreach (var key in v.Keys.ToList())
            {
                v[key] /= norm > 0 ? norm : 1;
            }

            vectors.Add(v);
        }

        return vectors;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var sum = 0.0;
        foreach (var (term, weight) in a)
        {
            if (b.TryGetValue(term, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }
}

using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Align;

/// <summary>Bags of content words and sparse TF-IDF vectors over them, for telling which texts are about the same thing.</summary>
public static class TermVector
{
    private static readonly HashSet<string> StopWords = Lexicon.Set("stopwords");

    /// <summary>Content words of a text, lower case: letters and digits, three characters or more, no stop words.</summary>
    public static IEnumerable<string> ContentWords(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' && start >= 0));
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = text[start..i].Trim('-').ToLower(CultureInfo.InvariantCulture);
                start = -1;
                if (word.Length >= 3 && !StopWords.Contains(word) && !word.All(char.IsDigit))
                {
                    yield return Stem(word);
                }
            }
        }
    }

    /// <summary>The shared stem of a word (see <see cref="Text.WordStem"/>).</summary>
    public static string Stem(string word) => Text.WordStem.Of(word);

    /// <summary>TF-IDF vectors (L2-normalised) for a set of documents given as term bags.</summary>
    public static List<Dictionary<string, double>> TfIdf(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var term in doc.Distinct(StringComparer.Ordinal))
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var n = documents.Count;
        var vectors = new List<Dictionary<string, double>>(n);
        foreach (var doc in documents)
        {
            var v = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var group in doc.GroupBy(t => t, StringComparer.Ordinal))
            {
                // Sub-linear term frequency; a term found in every document carries little weight.
                v[group.Key] = (1 + Math.Log(group.Count())) * (Math.Log((n + 1.0) / (df[group.Key] + 1.0)) + 1);
            }

            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            if (norm > 0)
            {
                foreach (var key in v.Keys.ToList())
                {
                    v[key] /= norm;
                }
            }

            vectors.Add(v);
        }

        return vectors;
    }

    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
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

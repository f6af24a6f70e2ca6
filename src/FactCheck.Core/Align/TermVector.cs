using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using FactCheck.Core.Data;

namespace FactCheck.Core.Align;

/// <summary>A document as a sparse TF-IDF vector: its term ids in the order the terms first occur, with their L2-normalised weights.</summary>
public sealed class SparseVector(int[] terms, double[] weights)
{
    public IReadOnlyList<int> Terms => terms;

    public IReadOnlyList<double> Weights => weights;

    public int Count => terms.Length;

    internal int[] TermArray => terms;

    internal double[] WeightArray => weights;
}

/// <summary>Bags of content words and sparse TF-IDF vectors over them, for telling which texts are about the same thing.</summary>
public static class TermVector
{
    private static readonly HashSet<string> StopWords = Lexicon.Set("stopwords");

    /// <summary>Each word of context-synonyms.txt → the first word of its group ("income" → "profit").</summary>
    private static readonly Dictionary<string, string> Synonyms = ReadSynonyms();

    private static Dictionary<string, string> ReadSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Lexicon.Groups("context-synonyms"))
        {
            foreach (var word in group)
            {
                map.TryAdd(word.ToLowerInvariant(), group[0].ToLowerInvariant());
            }
        }

        return map;
    }

    // What each token of running text becomes (its stem, or null when it is no content word). Clustering
    // and context comparison split the same sentences again and again, and the same few thousand
    // words make up most of any folder; the bounds keep hostile text from growing the memo without end.
    private const int MemoCapacity = 1 << 18;
    private const int MemoWordLength = 40;
    private static readonly ConcurrentDictionary<string, string?> Memo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> MemoBySpan =
        Memo.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _memoCount;

    /// <summary>Content words of a text, lower case: letters and digits, three characters or more, no stop words.</summary>
    public static IEnumerable<string> ContentWords(string text)
    {
        var words = new List<string>();
        AddContentWords(text, words);
        return words;
    }

    /// <summary>Adds the <see cref="ContentWords"/> of a text to a list, in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddContentWords(string text, List<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
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
                var word = ContentWord(text, start, i);
                start = -1;
                if (word is not null)
                {
                    words.Add(word);
                }
            }
        }
    }

    /// <summary>The stem a token of text stands for, or null when it is not a content word.</summary>
    private static string? ContentWord(string text, int start, int end)
    {
        var token = text.AsSpan(start, end - start);
        if (token.Length <= MemoWordLength && MemoBySpan.TryGetValue(token, out var known))
        {
            return known;
        }

        var word = token.Trim('-').ToString().ToLower(CultureInfo.InvariantCulture);
        var result = word.Length >= 3 && !StopWords.Contains(word) && !word.All(char.IsDigit) ? Stem(Synonyms.GetValueOrDefault(word, word)) : null;
        // (ConcurrentDictionary.Count takes every lock; a racy counter is bound enough.)
        if (token.Length <= MemoWordLength && Volatile.Read(ref _memoCount) < MemoCapacity && MemoBySpan.TryAdd(token, result))
        {
            Interlocked.Increment(ref _memoCount);
        }

        return result;
    }

    /// <summary>The shared stem of a word (see <see cref="Text.WordStem"/>).</summary>
    public static string Stem(string word) => Text.WordStem.Of(word);

    /// <summary>
    /// TF-IDF vectors (L2-normalised) for documents given as their distinct term ids (below
    /// <paramref name="vocabularySize"/>) in first-occurrence order, with how often each occurs:
    /// sub-linear term frequency, and a term found in every document carries little weight.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static SparseVector[] TfIdf(IReadOnlyList<(int[] Terms, int[] Counts)> documents, int vocabularySize)
    {
        var df = new int[vocabularySize];
        foreach (var (terms, _) in documents)
        {
            foreach (var term in terms)
            {
                df[term]++;
            }
        }

        var n = documents.Count;
        var vectors = new SparseVector[n];
        for (var d = 0; d < n; d++)
        {
            // Weights and their norm are summed in first-occurrence order, so that the same
            // documents always give the same bits (clustering compares against a threshold).
            var (terms, counts) = documents[d];
            var weights = new double[terms.Length];
            var squares = 0.0;
            for (var k = 0; k < terms.Length; k++)
            {
                weights[k] = (1 + Math.Log(counts[k])) * (Math.Log((n + 1.0) / (df[terms[k]] + 1.0)) + 1);
                squares += weights[k] * weights[k];
            }

            var norm = Math.Sqrt(squares);
            if (norm > 0)
            {
                for (var k = 0; k < weights.Length; k++)
                {
                    weights[k] /= norm;
                }
            }

            vectors[d] = new SparseVector(terms, weights);
        }

        return vectors;
    }
}

using System.Buffers;

namespace FactCheck.Core.Compare.Quotes;

/// <summary>A word-level diff: the longest common subsequence of two word lists, and the pieces between.</summary>
public static class WordDiff
{
    // Longer quotations are cut to this many words; the table is quadratic.
    private const int MaxWords = 600;

    /// <summary>Index pairs (i in a, j in b) of the words the two lists share, in order.</summary>
    public static IReadOnlyList<(int A, int B)> Matches(IReadOnlyList<string> a, IReadOnlyList<string> b, Func<string, string>? key = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        key ??= static w => w;
        var n = Math.Min(a.Count, MaxWords);
        var m = Math.Min(b.Count, MaxWords);
        var ka = a.Take(n).Select(key).ToArray();
        var kb = b.Take(m).Select(key).ToArray();
        // Row-major (n + 1) × (m + 1): cell (i, j) is the LCS length of a[i..] and b[j..].
        // The table is rented: a cluster compares thousands of quotation pairs, and fresh tables
        // for each would keep the collector busy. Every cell read is cleared or written first.
        var width = m + 1;
        var size = (n + 1) * width;
        var table = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(table, 0, size);
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[(i * width) + j] = string.Equals(ka[i], kb[j], StringComparison.Ordinal)
                    ? table[((i + 1) * width) + j + 1] + 1
                    : Math.Max(table[((i + 1) * width) + j], table[(i * width) + j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (string.Equals(ka[x], kb[y], StringComparison.Ordinal))
            {
                pairs.Add((x, y));
                x++;
                y++;
            }
            else if (table[((x + 1) * width) + y] >= table[(x * width) + y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        ArrayPool<int>.Shared.Return(table);
        return pairs;
    }

    /// <summary>The diff from <paramref name="a"/> to <paramref name="b"/>, runs of one operation joined into one piece.</summary>
    public static IReadOnlyList<DiffPiece> Diff(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Diff(a, b, Matches(a, b));
    }

    /// <summary>The diff, given the <see cref="Matches"/> of the two lists (compared word for word) already worked out.</summary>
    internal static IReadOnlyList<DiffPiece> Diff(IReadOnlyList<string> a, IReadOnlyList<string> b, IReadOnlyList<(int A, int B)> matches)
    {
        var pieces = new List<DiffPiece>();
        int x = 0, y = 0;
        foreach (var (i, j) in matches.Append((Math.Min(a.Count, MaxWords), Math.Min(b.Count, MaxWords))))
        {
            Add(pieces, DiffOp.Removed, a.Skip(x).Take(i - x));
            Add(pieces, DiffOp.Added, b.Skip(y).Take(j - y));
            if (i < a.Count && j < b.Count && i < MaxWords && j < MaxWords)
            {
                Add(pieces, DiffOp.Same, [a[i]]);
            }

            x = i + 1;
            y = j + 1;
        }

        return pieces;
    }

    private static void Add(List<DiffPiece> pieces, DiffOp op, IEnumerable<string> words)
    {
        var text = string.Join(' ', words);
        if (text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Op == op)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " + text };
        }
        else
        {
            pieces.Add(new DiffPiece(op, text));
        }
    }
}

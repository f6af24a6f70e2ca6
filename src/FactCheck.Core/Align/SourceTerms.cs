using FactCheck.Core.Cache;
using System.Text;

namespace FactCheck.Core.Align;

/// <summary>
/// The terms a source is clustered on (see <see cref="SourceClusterer.TermsOf"/>): each distinct
/// term once, in the order first met, with how often it occurs. That is all TF-IDF needs, and it
/// depends on the source and its claims only, so it can be worked out per source, in parallel,
/// and kept between runs.
/// </summary>
public sealed class SourceTerms
{
    private readonly string[] _terms;
    private readonly int[] _counts;

    private SourceTerms(string[] terms, int[] counts)
    {
        _terms = terms;
        _counts = counts;
    }

    /// <summary>A term list from its terms and their counts (each at least 1).</summary>
    public static SourceTerms Of(IReadOnlyList<string> terms, IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(counts);
        if (terms.Count != counts.Count || counts.Any(c => c < 1) || terms.Any(t => t is null))
        {
            throw new ArgumentException("one count of at least 1 per term", nameof(counts));
        }

        return new([.. terms], [.. counts]);
    }

    public IReadOnlyList<string> Terms => _terms;

    public IReadOnlyList<int> Counts => _counts;

    public int Count => _terms.Length;

    internal string[] TermArray => _terms;

    internal int[] CountArray => _counts;

    internal static SourceTerms Owning(string[] terms, int[] counts) => new(terms, counts);

    /// <summary>The stored form: the number of terms, then per term its UTF-8 length, bytes and count (7-bit varints).</summary>
    public byte[] Encode()
    {
        var output = new CompactWriter(16 + (_terms.Length * 12));
        output.Varint(_terms.Length);
        for (var i = 0; i < _terms.Length; i++)
        {
            output.String(_terms[i]);
            output.Varint(_counts[i]);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Reads the stored form back. <paramref name="intern"/>, when given, turns each term's
    /// characters into its string, so that a run reading thousands of lists makes one string per
    /// distinct term, not one per occurrence.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is not a stored term list.</exception>
    public static SourceTerms Decode(ReadOnlySpan<byte> data, Func<ReadOnlySpan<char>, string>? intern = null)
    {
        var reader = new CompactReader(data);
        var count = reader.Count();
        var terms = new string[count];
        var counts = new int[count];
        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            var bytes = reader.Bytes();
            var chars = bytes.Length <= buffer.Length ? buffer : new char[bytes.Length];
            var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
            terms[i] = intern is null ? text.ToString() : intern(text);
            counts[i] = reader.Varint();
            if (counts[i] < 1)
            {
                throw new InvalidDataException("bad term count");
            }
        }

        return reader.AtEnd ? new SourceTerms(terms, counts) : throw new InvalidDataException("trailing bytes");
    }
}

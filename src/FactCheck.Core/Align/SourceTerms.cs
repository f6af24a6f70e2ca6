using System.Buffers;
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
        var output = new ArrayBufferWriter<byte>(16 + (_terms.Length * 12));
        WriteVarint(output, _terms.Length);
        for (var i = 0; i < _terms.Length; i++)
        {
            var length = Encoding.UTF8.GetByteCount(_terms[i]);
            WriteVarint(output, length);
            Encoding.UTF8.GetBytes(_terms[i], output.GetSpan(length));
            output.Advance(length);
            WriteVarint(output, _counts[i]);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads the stored form back. <paramref name="intern"/>, when given, turns each term's
    /// characters into its string, so that a run reading thousands of lists makes one string per
    /// distinct term, not one per occurrence.
    /// </summary>
    /// <exception cref="InvalidDataException">The data is not a stored term list.</exception>
    public static SourceTerms Decode(ReadOnlySpan<byte> data, Func<ReadOnlySpan<char>, string>? intern = null)
    {
        var position = 0;
        var count = ReadVarint(data, ref position);
        if (count > data.Length)
        {
            throw new InvalidDataException("bad term count");
        }

        var terms = new string[count];
        var counts = new int[count];
        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            var length = ReadVarint(data, ref position);
            if (length > data.Length - position)
            {
                throw new InvalidDataException("term runs past the end");
            }

            var bytes = data.Slice(position, length);
            position += length;
            var chars = bytes.Length <= buffer.Length ? buffer : new char[bytes.Length];
            var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
            terms[i] = intern is null ? text.ToString() : intern(text);
            counts[i] = ReadVarint(data, ref position);
            if (counts[i] < 1)
            {
                throw new InvalidDataException("bad term count");
            }
        }

        return position == data.Length ? new SourceTerms(terms, counts) : throw new InvalidDataException("trailing bytes");
    }

    private static void WriteVarint(ArrayBufferWriter<byte> output, int value)
    {
        var span = output.GetSpan(5);
        var n = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            span[n++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[n++] = (byte)v;
        output.Advance(n);
    }

    private static int ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("number runs past the end");
            }

            var b = data[position++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result <= int.MaxValue ? (int)result : throw new InvalidDataException("number out of range");
            }
        }

        throw new InvalidDataException("number too long");
    }
}

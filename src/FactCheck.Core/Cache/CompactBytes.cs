using System.Text;

namespace FactCheck.Core.Cache;

/// <summary>
/// Writes the compact stored forms the cache keeps: 7-bit varints, UTF-8 strings after their byte
/// length, runs of bytes after theirs. Straight into one growing buffer, with no stream between.
/// </summary>
internal sealed class CompactWriter(int capacity = 256)
{
    private byte[] _buffer = new byte[Math.Max(16, capacity)];
    private int _used;

    public void Varint(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Reserve(5);
        var v = (uint)value;
        while (v >= 0x80)
        {
            _buffer[_used++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _buffer[_used++] = (byte)v;
    }

    public void Long(long value)
    {
        Reserve(sizeof(long));
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(long);
    }

    public void String(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        Varint(length);
        Reserve(length);
        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Varint(bytes.Length);
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Ints(IReadOnlyList<int> values)
    {
        Varint(values.Count);
        if (values is int[] array)
        {
            foreach (var v in array)
            {
                Varint(v);
            }

            return;
        }

        foreach (var v in values)
        {
            Varint(v);
        }
    }

    public void Strings(IReadOnlyList<string> strings)
    {
        Varint(strings.Count);
        foreach (var s in strings)
        {
            String(s);
        }
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _used).ToArray();

    private void Reserve(int bytes)
    {
        if (_buffer.Length - _used < bytes)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + bytes));
        }
    }
}

/// <summary>
/// Reads what a <see cref="CompactWriter"/> wrote, checking every length against what is left:
/// damaged data is an <see cref="InvalidDataException"/>, never a wild read or a huge allocation.
/// </summary>
internal ref struct CompactReader(ReadOnlySpan<byte> data)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position == _data.Length;

    public int Varint()
    {
        var result = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (Position >= _data.Length)
            {
                throw new InvalidDataException("a number runs past the end");
            }

            var b = _data[Position++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result <= int.MaxValue ? (int)result : throw new InvalidDataException("a number out of range");
            }
        }

        throw new InvalidDataException("a number too long");
    }

    public long Long()
    {
        if (_data.Length - Position < sizeof(long))
        {
            throw new InvalidDataException("a number runs past the end");
        }

        var value = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(_data[Position..]);
        Position += sizeof(long);
        return value;
    }

    /// <summary>A count of things each at least one byte long: never more than the bytes left.</summary>
    public int Count()
    {
        var n = Varint();
        return n <= _data.Length - Position ? n : throw new InvalidDataException("a count longer than what is left");
    }

    /// <summary>The next run of bytes, as a slice of the data (no copy).</summary>
    public ReadOnlySpan<byte> Bytes()
    {
        var length = Count();
        var bytes = _data.Slice(Position, length);
        Position += length;
        return bytes;
    }

    /// <summary>Where the next run of bytes lies in the data, and steps over it.</summary>
    public (int Start, int Length) BytesRange()
    {
        var length = Count();
        var start = Position;
        Position += length;
        return (start, length);
    }

    public string String()
    {
        try
        {
            return Strict.GetString(Bytes());
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("a string that is not UTF-8", e);
        }
    }

    public int[] Ints()
    {
        var values = new int[Count()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Varint();
        }

        return values;
    }

    public string[] Strings()
    {
        var strings = new string[Count()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = String();
        }

        return strings;
    }
}

using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>
/// The stored form of a built source, for the document cache: metadata, boilerplate spans,
/// warnings, and the analysis view as the places where it differs from the raw text (runs of
/// blanks mostly), so that an entry is a few hundred bytes rather than a second copy of the article.
/// The raw text is not stored: it is decoded from the file's bytes, which the cache key hashes.
/// </summary>
internal static class BuiltSourceCodec
{
    // Bumped when the layout below changes (the loader fingerprint also changes with any build).
    private const byte Layout = 1;

    public static byte[] Encode(BuiltSource built)
    {
        ArgumentNullException.ThrowIfNull(built);
        var document = built.Document;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Layout);
            WriteString(writer, document.Metadata.Title);
            WriteString(writer, document.Metadata.Outlet);
            writer.Write(document.Metadata.Published is not null);
            if (document.Metadata.Published is { } published)
            {
                writer.Write7BitEncodedInt(published.DayNumber);
            }

            WriteString(writer, document.Metadata.Url);
            writer.Write7BitEncodedInt(document.Boilerplate.Count);
            foreach (var span in document.Boilerplate)
            {
                writer.Write7BitEncodedInt(span.Start);
                writer.Write7BitEncodedInt(span.Length);
            }

            writer.Write7BitEncodedInt(built.Warnings.Count);
            foreach (var warning in built.Warnings)
            {
                writer.Write(warning);
            }

            WriteViewChanges(writer, document.RawText, document.Text);
        }

        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a stored source, or not one built from <paramref name="raw"/>.</exception>
    public static BuiltSource Decode(byte[] data, string id, string path, string raw)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(raw);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data, writable: false), System.Text.Encoding.UTF8);
            if (reader.ReadByte() != Layout)
            {
                throw new InvalidDataException("stored in another layout");
            }

            var title = ReadString(reader);
            var outlet = ReadString(reader);
            DateOnly? published = reader.ReadBoolean() ? DateOnly.FromDayNumber(reader.Read7BitEncodedInt()) : null;
            var url = ReadString(reader);
            var boilerplate = new TextSpan[Count(reader)];
            for (var i = 0; i < boilerplate.Length; i++)
            {
                var start = reader.Read7BitEncodedInt();
                var length = reader.Read7BitEncodedInt();
                boilerplate[i] = Within(new TextSpan(start, start + length), raw.Length);
            }

            var warnings = new string[Count(reader)];
            for (var i = 0; i < warnings.Length; i++)
            {
                warnings[i] = reader.ReadString();
            }

            var text = ReadView(reader, raw);
            if (reader.BaseStream.Position != data.Length)
            {
                throw new InvalidDataException("bytes left over");
            }

            var document = new SourceDocument(id, path, raw, text, new SourceMetadata(title, outlet, published, url), boilerplate);
            return new BuiltSource(document, warnings);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"unreadable document ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <summary>Runs of positions where the view differs from the raw text: a gap, a length, then blanks (flag 0) or the characters (flag 1).</summary>
    private static void WriteViewChanges(BinaryWriter writer, string raw, string view)
    {
        if (view.Length != raw.Length)
        {
            throw new ArgumentException("the analysis view must be as long as the raw text", nameof(view));
        }

        var runs = new List<(int Start, int End, bool Blank)>();
        var i = 0;
        while (i < raw.Length)
        {
            var offset = raw.AsSpan(i).CommonPrefixLength(view.AsSpan(i));
            i += offset;
            if (i >= raw.Length)
            {
                break;
            }

            var start = i;
            var blank = view[i] == ' ';
            while (i < raw.Length && view[i] != raw[i] && (view[i] == ' ') == blank)
            {
                i++;
            }

            runs.Add((start, i, blank));
        }

        writer.Write7BitEncodedInt(runs.Count);
        var last = 0;
        foreach (var (start, end, blank) in runs)
        {
            writer.Write7BitEncodedInt(start - last);
            writer.Write7BitEncodedInt(end - start);
            writer.Write(blank);
            if (!blank)
            {
                writer.Write(view[start..end]);
            }

            last = end;
        }
    }

    private static string ReadView(BinaryReader reader, string raw)
    {
        var runs = Count(reader);
        if (runs == 0)
        {
            return raw;
        }

        return string.Create(raw.Length, (reader, raw, runs), static (chars, state) =>
        {
            var (reader, raw, runs) = state;
            raw.AsSpan().CopyTo(chars);
            var position = 0;
            for (var r = 0; r < runs; r++)
            {
                var start = position + reader.Read7BitEncodedInt();
                var length = reader.Read7BitEncodedInt();
                if (start < position || length <= 0 || start + length > chars.Length)
                {
                    throw new InvalidDataException("a view change lies outside the text");
                }

                if (reader.ReadBoolean())
                {
                    chars.Slice(start, length).Fill(' ');
                }
                else
                {
                    var written = reader.ReadString();
                    if (written.Length != length)
                    {
                        throw new InvalidDataException("a view change has the wrong length");
                    }

                    written.AsSpan().CopyTo(chars[start..]);
                }

                position = start + length;
            }
        });
    }

    private static TextSpan Within(TextSpan span, int length) =>
        span.Start >= 0 && span.End >= span.Start && span.End <= length ? span : throw new InvalidDataException("a boilerplate span lies outside the text");

    private static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("bad count");
    }

    private static void WriteString(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}

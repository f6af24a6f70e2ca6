using System.Text;
using FactCheck.Core.Align;
using FactCheck.Core.Compare;
using FactCheck.Core.Report;

namespace FactCheck.Core.Pipeline;

/// <summary>
/// What a Markdown check of a folder keeps for the next check of the same folder with the same
/// rules: each source's document key, own warnings and report piece; the grouping's state; and,
/// per group, the key under which its findings' report pieces are stored. With it a re-run reads
/// and hashes every file but loads, extracts, compares and renders only what changed.
/// </summary>
internal sealed record RunSnapshot(IReadOnlyList<SnapshotSource> Sources, ClusteringState Clustering, IReadOnlyList<string> GroupPieces)
{
    /// <summary>Bumped whenever the stored form changes: a snapshot of another form is never read.</summary>
    private const string FormatVersion = "snapshot-1";

    public byte[] Encode()
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(FormatVersion);
            w.Write7BitEncodedInt(Sources.Count);
            foreach (var s in Sources)
            {
                w.Write(s.Id);
                w.Write(s.DocumentKey);
                WriteStrings(w, s.Warnings);
                w.Write(s.Piece.Cells);
                w.Write(s.Piece.Apart);
                w.Write7BitEncodedInt(s.Piece.ClaimCount);
                WriteInts(w, s.Piece.ClaimsByKind);
            }

            WriteStrings(w, Clustering.Vocabulary);
            foreach (var (terms, counts) in Clustering.Documents)
            {
                WriteInts(w, terms);
                WriteInts(w, counts);
            }

            WriteInts(w, Clustering.Components);
            w.Write7BitEncodedInt(Clustering.Groups.Count);
            for (var g = 0; g < Clustering.Groups.Count; g++)
            {
                WriteInts(w, Clustering.Groups[g]);
                w.Write(GroupPieces[g]);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The snapshot stored in <paramref name="data"/>, or null when it is of another form; throws <see cref="InvalidDataException"/> when it is damaged.</summary>
    public static RunSnapshot? Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            if (r.ReadString() != FormatVersion)
            {
                return null;
            }

            var sources = new SnapshotSource[Count(r, data.Length)];
            for (var i = 0; i < sources.Length; i++)
            {
                var id = r.ReadString();
                var key = r.ReadString();
                var warnings = ReadStrings(r, data.Length);
                var cells = r.ReadString();
                var apart = r.ReadString();
                var claimCount = r.Read7BitEncodedInt();
                sources[i] = new SnapshotSource(id, key, warnings, new SourcePiece(id, cells, apart, claimCount, ReadInts(r, data.Length)));
            }

            var vocabulary = ReadStrings(r, data.Length);
            var documents = new (int[] Terms, int[] Counts)[sources.Length];
            for (var i = 0; i < documents.Length; i++)
            {
                documents[i] = (ReadInts(r, data.Length), ReadInts(r, data.Length));
            }

            var components = ReadInts(r, data.Length);
            var groups = new int[Count(r, data.Length)][];
            var pieces = new string[groups.Length];
            for (var g = 0; g < groups.Length; g++)
            {
                groups[g] = ReadInts(r, data.Length);
                pieces[g] = r.ReadString();
            }

            if (r.BaseStream.Position != data.Length || components.Length != sources.Length)
            {
                throw new InvalidDataException("the run snapshot does not end where its parts do");
            }

            Validate(documents, vocabulary.Length, components, groups);
            return new RunSnapshot(sources, new ClusteringState(vocabulary, documents, components, groups), pieces);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or DecoderFallbackException)
        {
            throw new InvalidDataException($"the run snapshot is damaged ({e.Message})", e);
        }
    }

    /// <summary>Every term id names a term, every source is in exactly one group, every component names one of its members.</summary>
    private static void Validate((int[] Terms, int[] Counts)[] documents, int vocabularySize, int[] components, int[][] groups)
    {
        foreach (var (terms, counts) in documents)
        {
            if (terms.Length != counts.Length || terms.Any(t => t < 0 || t >= vocabularySize) || counts.Any(c => c < 1))
            {
                throw new InvalidDataException("the run snapshot has a term list out of range");
            }
        }

        var seen = new bool[documents.Length];
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                if (member < 0 || member >= seen.Length || seen[member])
                {
                    throw new InvalidDataException("the run snapshot's groups do not cover each source once");
                }

                seen[member] = true;
            }
        }

        if (seen.Contains(false) || components.Any(c => c < 0 || c >= documents.Length))
        {
            throw new InvalidDataException("the run snapshot's groups do not cover each source once");
        }
    }

    private static int Count(BinaryReader r, int limit)
    {
        var n = r.Read7BitEncodedInt();
        return n >= 0 && n <= limit ? n : throw new InvalidDataException("the run snapshot has a count longer than itself");
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> strings)
    {
        w.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings)
        {
            w.Write(s);
        }
    }

    private static string[] ReadStrings(BinaryReader r, int limit)
    {
        var strings = new string[Count(r, limit)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = r.ReadString();
        }

        return strings;
    }

    private static void WriteInts(BinaryWriter w, IReadOnlyList<int> values)
    {
        w.Write7BitEncodedInt(values.Count);
        foreach (var v in values)
        {
            w.Write7BitEncodedInt(v);
        }
    }

    private static int[] ReadInts(BinaryReader r, int limit)
    {
        var values = new int[Count(r, limit)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.Read7BitEncodedInt();
        }

        return values;
    }
}

/// <summary>One source as a snapshot keeps it: its id, its document key, its own load warnings, and its report piece.</summary>
internal sealed record SnapshotSource(string Id, string DocumentKey, IReadOnlyList<string> Warnings, SourcePiece Piece);

/// <summary>The stored form of one group's finding pieces, in the order the group's findings take in the report.</summary>
internal static class FindingPieceCodec
{
    private const string FormatVersion = "pieces-1";

    public static byte[] Encode(IReadOnlyList<FindingPiece> pieces)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(FormatVersion);
            w.Write7BitEncodedInt(pieces.Count);
            foreach (var p in pieces)
            {
                w.Write((byte)p.Kind);
                w.Write((byte)p.Severity);
                w.Write(p.Type);
                w.Write(p.FirstSourceId);
                w.Write7BitEncodedInt(p.FirstStart);
                w.Write(p.Summary);
                w.Write(p.Text);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The pieces stored in <paramref name="data"/>; throws <see cref="InvalidDataException"/> when they are damaged or of another form.</summary>
    public static IReadOnlyList<FindingPiece> Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            if (r.ReadString() != FormatVersion)
            {
                throw new InvalidDataException("finding pieces of another form");
            }

            var count = r.Read7BitEncodedInt();
            if (count < 0 || count > data.Length)
            {
                throw new InvalidDataException("a count longer than the pieces");
            }

            var pieces = new FindingPiece[count];
            for (var i = 0; i < count; i++)
            {
                var kind = (FindingKind)r.ReadByte();
                var severity = (Severity)r.ReadByte();
                if (!Enum.IsDefined(kind) || !Enum.IsDefined(severity))
                {
                    throw new InvalidDataException("a finding of no known kind or severity");
                }

                pieces[i] = new FindingPiece(kind, severity, r.ReadString(), r.ReadString(), r.Read7BitEncodedInt(), r.ReadString(), r.ReadString());
            }

            return r.BaseStream.Position == data.Length ? pieces : throw new InvalidDataException("finding pieces that do not end where the data does");
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or DecoderFallbackException)
        {
            throw new InvalidDataException($"damaged finding pieces ({e.Message})", e);
        }
    }
}

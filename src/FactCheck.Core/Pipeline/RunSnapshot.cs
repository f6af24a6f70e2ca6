using FactCheck.Core.Align;
using FactCheck.Core.Cache;
using FactCheck.Core.Compare;
using FactCheck.Core.Report;

namespace FactCheck.Core.Pipeline;

/// <summary>
/// What a Markdown check of a folder keeps for the next check of the same folder with the same
/// rules: each source's document key, own warnings and report piece; the grouping's state; per
/// group, the key under which its findings' report pieces are stored; and the run in which every
/// source's entries were last used (read, written or kept alive), so that they are not pruned
/// while re-runs read only this snapshot. With it a re-run reads
/// and hashes every file but loads, extracts, compares and renders only what changed.
/// </summary>
internal sealed record RunSnapshot(IReadOnlyList<SnapshotSource> Sources, ClusteringState Clustering, IReadOnlyList<string> GroupPieces, long KeptAt)
{
    /// <summary>Bumped whenever the stored form changes: a snapshot of another form is never read.</summary>
    private const string FormatVersion = "snapshot-2";

    public byte[] Encode()
    {
        var w = new CompactWriter(1 << 20);
        w.String(FormatVersion);
        w.Long(KeptAt);
        w.Varint(Sources.Count);
        foreach (var s in Sources)
        {
            w.String(s.Id);
            w.String(s.DocumentKey);
            w.Strings(s.Warnings);
            w.String(s.Piece.Cells);
            w.String(s.Piece.Apart);
            w.Varint(s.Piece.ClaimCount);
            w.Ints(s.Piece.ClaimsByKind);
        }

        w.Strings(Clustering.Vocabulary);
        foreach (var (terms, counts) in Clustering.Documents)
        {
            w.Ints(terms);
            w.Ints(counts);
        }

        w.Ints(Clustering.Components);
        w.Varint(Clustering.Groups.Count);
        for (var g = 0; g < Clustering.Groups.Count; g++)
        {
            w.Ints(Clustering.Groups[g]);
            w.String(GroupPieces[g]);
        }

        return w.ToArray();
    }

    /// <summary>The snapshot stored in <paramref name="data"/>, or null when it is of another form; throws <see cref="InvalidDataException"/> when it is damaged.</summary>
    public static RunSnapshot? Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var r = new CompactReader(data);
        if (r.String() != FormatVersion)
        {
            return null;
        }

        var keptAt = r.Long();
        var sources = new SnapshotSource[r.Count()];
        for (var i = 0; i < sources.Length; i++)
        {
            var id = r.String();
            var key = r.String();
            var warnings = r.Strings();
            var cells = r.String();
            var apart = r.String();
            var claimCount = r.Varint();
            sources[i] = new SnapshotSource(id, key, warnings, new SourcePiece(id, cells, apart, claimCount, r.Ints()));
        }

        var vocabulary = r.Strings();
        var documents = new (int[] Terms, int[] Counts)[sources.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = (r.Ints(), r.Ints());
        }

        var components = r.Ints();
        var groups = new int[r.Count()][];
        var pieces = new string[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = r.Ints();
            pieces[g] = r.String();
        }

        if (!r.AtEnd || components.Length != sources.Length)
        {
            throw new InvalidDataException("the run snapshot does not end where its parts do");
        }

        Validate(documents, vocabulary.Length, components, groups);
        return new RunSnapshot(sources, new ClusteringState(vocabulary, documents, components, groups), pieces, keptAt);
    }

    /// <summary>Every term id names a term, every source is in exactly one group, every component names one of its members.</summary>
    private static void Validate((int[] Terms, int[] Counts)[] documents, int vocabularySize, int[] components, int[][] groups)
    {
        foreach (var (terms, counts) in documents)
        {
            if (terms.Length != counts.Length)
            {
                throw new InvalidDataException("the run snapshot has a term list out of range");
            }

            for (var k = 0; k < terms.Length; k++)
            {
                if ((uint)terms[k] >= (uint)vocabularySize || counts[k] < 1)
                {
                    throw new InvalidDataException("the run snapshot has a term list out of range");
                }
            }
        }

        var seen = new bool[documents.Length];
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                if ((uint)member >= (uint)seen.Length || seen[member])
                {
                    throw new InvalidDataException("the run snapshot's groups do not cover each source once");
                }

                seen[member] = true;
            }
        }

        if (Array.IndexOf(seen, false) >= 0 || components.Any(c => (uint)c >= (uint)documents.Length))
        {
            throw new InvalidDataException("the run snapshot's groups do not cover each source once");
        }
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
        var w = new CompactWriter(pieces.Sum(p => p.Utf8.Length + 64));
        w.String(FormatVersion);
        w.Varint(pieces.Count);
        foreach (var p in pieces)
        {
            w.Varint((int)p.Kind);
            w.Varint((int)p.Severity);
            w.String(p.Type);
            w.String(p.FirstSourceId);
            w.Varint(p.FirstStart);
            w.String(p.Summary);
            w.Bytes(p.Utf8.Span);
        }

        return w.ToArray();
    }

    /// <summary>The pieces stored in <paramref name="data"/>; throws <see cref="InvalidDataException"/> when they are damaged or of another form.</summary>
    public static IReadOnlyList<FindingPiece> Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var r = new CompactReader(data);
        if (r.String() != FormatVersion)
        {
            throw new InvalidDataException("finding pieces of another form");
        }

        var pieces = new FindingPiece[r.Count()];
        for (var i = 0; i < pieces.Length; i++)
        {
            var kind = (FindingKind)r.Varint();
            var severity = (Severity)r.Varint();
            if (!Enum.IsDefined(kind) || !Enum.IsDefined(severity))
            {
                throw new InvalidDataException("a finding of no known kind or severity");
            }

            var (type, first, start, summary) = (r.String(), r.String(), r.Varint(), r.String());

            // The text stays in the stored bytes: the writer copies it out as it is.
            var (at, length) = r.BytesRange();
            if (!System.Text.Unicode.Utf8.IsValid(data.AsSpan(at, length)))
            {
                throw new InvalidDataException("a finding's text that is not UTF-8");
            }

            pieces[i] = new FindingPiece(kind, severity, type, first, start, summary, data.AsMemory(at, length));
        }

        return r.AtEnd ? pieces : throw new InvalidDataException("finding pieces that do not end where the data does");
    }
}

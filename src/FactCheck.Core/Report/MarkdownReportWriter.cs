using System.Globalization;
using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;

namespace FactCheck.Core.Report;

/// <summary>
/// Writes a <see cref="CheckReport"/> as Markdown for people: a summary, the sources, the
/// conflicts worst first with each side's sentence and file:line, then corroborated facts,
/// single-source claims, sources that stood apart, skipped files and warnings. Every piece of
/// article text goes through <see cref="MarkdownText.Escape"/>; the output has no timestamps and
/// '\n' line ends, so the same report always gives the same bytes.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>Characters of a sentence kept on either side of a claim; the rest becomes '…'.</summary>
    public const int SentenceContext = 160;

    public static string Write(CheckReport report)
    {
        using var text = new StringWriter();
        Write(report, text);
        return text.ToString();
    }

    /// <summary>Writes the report to <paramref name="output"/>.</summary>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (report.Findings is not null)
        {
            Write(Outline(report), output);
            return;
        }

        foreach (var chunk in RenderClaims(report).GetChunks())
        {
            output.Write(chunk.Span);
        }
    }

    /// <summary>
    /// Writes a check report put together from its <paramref name="outline"/>, as UTF-8 straight into
    /// <paramref name="output"/>: the findings' pieces are copied as they are, never decoded, and the
    /// report is never one string in memory.
    /// </summary>
    public static void Write(MarkdownOutline outline, Stream output)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(output);
        using var text = new Utf8Lines(output);
        Render(outline, text);
    }

    /// <summary>Writes a check report put together from its <paramref name="outline"/>: the text <see cref="Write(MarkdownOutline, Stream)"/> writes as UTF-8.</summary>
    public static void Write(MarkdownOutline outline, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var bytes = new MemoryStream();
        Write(outline, bytes);

        // Decoded a block at a time: a large report is never one more string in memory.
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[32 * 1024];
        var data = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        var completed = false;
        while (!completed)
        {
            decoder.Convert(data, chars, flush: true, out var used, out var written, out completed);
            output.Write(chars, 0, written);
            data = data[used..];
        }
    }

    /// <summary>The pieces a check report is written from (each source's and each finding's text rendered on all cores).</summary>
    public static MarkdownOutline Outline(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = report.Findings ?? throw new ArgumentException("an extract report has no findings to outline", nameof(report));
        var sources = report.Sources.ToDictionary(s => s.Source.Id, s => s.Source, StringComparer.Ordinal);
        var claimsOf = report.Claims.ToLookup(c => c.SourceId, StringComparer.Ordinal);
        var outlined = new OutlinedSource[report.Sources.Count];
        Parallel.For(0, outlined.Length, i =>
        {
            var s = report.Sources[i];
            outlined[i] = new OutlinedSource(PieceOf(s.Source, claimsOf[s.Source.Id], s.ClaimCount), s.Cluster, s.StandsApart);
        });
        var pieces = new OutlinedFinding[findings.Count];
        Parallel.For(0, pieces.Length, i => pieces[i] = new OutlinedFinding(findings[i].Id, PieceOf(findings[i], id => sources[id])));
        return new MarkdownOutline(report.Mode, outlined, pieces, report.Skipped, report.Warnings) { Usage = report.Usage };
    }

    /// <summary>What the report shows of one source: the first cells of its row, its line if it stands apart, its claims by kind.</summary>
    public static SourcePiece PieceOf(AnalyzedSource source, IEnumerable<Claim> claims, int claimCount)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(claims);
        var meta = source.Document.Metadata;
        var cells = "| " + string.Join(" | ", Cell(source.Id), Cell(meta.Outlet), Cell(meta.Title), Cell(meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var apart = string.Join(" — ", new[] { source.Id, meta.Outlet, meta.Title }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(MarkdownText.Escape));
        var byKind = new int[Enum.GetValues<ClaimKind>().Length];
        foreach (var claim in claims)
        {
            byKind[(int)claim.Kind]++;
        }

        return new SourcePiece(source.Id, cells, apart, claimCount, byKind);
    }

    /// <summary>One finding's text after its id, in the form its kind takes in the report; <paramref name="sourceOf"/> gives each claim's source.</summary>
    public static FindingPiece PieceOf(Finding finding, Func<string, AnalyzedSource> sourceOf)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(sourceOf);
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        var type = " · " + MarkdownText.Escape(finding.Type);
        switch (finding.Kind)
        {
            case FindingKind.Conflict:
                Line($"{type}** — {MarkdownText.Escape(finding.Summary)}");
                text.Append('\n');
                if (!string.IsNullOrWhiteSpace(finding.Explanation))
                {
                    Line("Why: " + MarkdownText.Escape(finding.Explanation));
                    text.Append('\n');
                }

                if (finding.Diff is { Count: > 0 } diff)
                {
                    Line("Wording: " + Diff(diff));
                    text.Append('\n');
                }

                foreach (var claim in finding.Claims)
                {
                    var source = sourceOf(claim.SourceId);
                    Line($"- {Attribution(source, claim, bold: true)} — {MarkdownText.Escape(claim.Describe())}: {Quoted(source, claim)}");
                }

                if (finding.Claims.Count > 0)
                {
                    text.Append('\n');
                }

                break;
            case FindingKind.Agreement:
                var who = finding.Claims.Select(c => Attribution(sourceOf(c.SourceId), c, bold: false));
                Line($"{type}** — {MarkdownText.Escape(finding.Summary)}" + (finding.Claims.Count > 0 ? " — " + string.Join(", ", who) : ""));
                break;
            default:
                var where = finding.Claims.Count > 0 ? " — " + Attribution(sourceOf(finding.Claims[0].SourceId), finding.Claims[0], bold: false) : "";
                Line($"{type} — {MarkdownText.Escape(finding.Summary)}{where}");
                break;
        }

        var key = FindingOrder.KeyOf(finding);
        return new FindingPiece(key.Kind, key.Severity, key.Type, key.FirstSourceId, key.FirstStart, key.Summary, Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>An extract report: its summary, its sources and every claim of each.</summary>
    private static StringBuilder RenderClaims(CheckReport report)
    {
        var doc = new Document(report);
        doc.Line("# FactCheck claims");
        doc.Blank();
        doc.Line($"- {Count(report.Sources.Count, "source", "sources")}");
        doc.Line($"- {ClaimCounts(KindCounts(report.Claims))}");
        WriteCommonSummary(doc, report.Skipped, report.Warnings, report.Mode, report.Usage);
        doc.Line("## Sources");
        doc.Blank();
        if (report.Sources.Count == 0)
        {
            doc.Line("None.");
            doc.Blank();
        }
        else
        {
            doc.Line("| Source | Outlet | Title | Published | Claims |");
            doc.Line("|---|---|---|---|---:|");
            doc.Each(report.Sources, (doc, s) => doc.Line(PieceOf(s.Source, [], 0).Cells + " | " + Plain(s.ClaimCount) + " |"));
            doc.Blank();
        }

        WriteClaimsBySource(doc);
        WriteSkipped(doc, report.Skipped);
        WriteWarnings(doc, report.Warnings);
        return doc.Text;
    }

    private static void Render(MarkdownOutline outline, Utf8Lines text)
    {
        void Line(string line) => text.Line(line);
        Line("# FactCheck report");
        text.Blank();

        // The summary.
        var clusters = outline.Sources.Select(s => s.Cluster).Distinct(StringComparer.Ordinal).Count();
        var apart = outline.Sources.Count(s => s.StandsApart);
        var byKind = new int[Enum.GetValues<ClaimKind>().Length];
        foreach (var s in outline.Sources)
        {
            for (var k = 0; k < byKind.Length; k++)
            {
                byKind[k] += s.Piece.ClaimsByKind[k];
            }
        }

        var findings = outline.Findings.Select(f => f.Piece).ToList();
        var conflicts = findings.Where(f => f.Kind == FindingKind.Conflict).ToList();
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(s => (Severity: s, Count: conflicts.Count(f => f.Severity == s)))
            .Where(p => p.Count > 0)
            .Select(p => Invariant($"{p.Count} {Name(p.Severity)}"));
        Line($"- {Count(outline.Sources.Count, "source", "sources")} in {Count(clusters, "cluster", "clusters")}"
            + (apart > 0 ? $"; {Plain(apart)} stood apart" : ""));
        Line($"- {ClaimCounts(byKind)}");
        Line($"- {Count(conflicts.Count, "conflict", "conflicts")}" + (conflicts.Count > 0 ? ": " + string.Join(", ", bySeverity) : ""));
        Line($"- {Count(findings.Count(f => f.Kind == FindingKind.Agreement), "corroborated fact", "corroborated facts")}");
        Line($"- {Count(findings.Count(f => f.Kind == FindingKind.SingleSource), "single-source claim", "single-source claims")}");
        WriteCommonSummary(text, outline.Skipped, outline.Warnings, outline.Mode, outline.Usage);

        Line("## Sources");
        text.Blank();
        if (outline.Sources.Count == 0)
        {
            Line("None.");
        }
        else
        {
            Line("| Source | Outlet | Title | Published | Cluster | Claims |");
            Line("|---|---|---|---|---|---:|");
            foreach (var s in outline.Sources)
            {
                Line(s.Piece.Cells + " | " + Cell(s.Cluster) + (s.StandsApart ? " (stands apart)" : "") + " | " + Plain(s.Piece.ClaimCount) + " |");
            }
        }

        text.Blank();

        // The findings, each piece after its id.
        var ids = outline.Findings.Select(f => MarkdownText.Escape(f.Id)).ToList();
        IEnumerable<int> Of(FindingKind kind) => Enumerable.Range(0, findings.Count).Where(i => findings[i].Kind == kind);

        Line("## Conflicts");
        text.Blank();
        if (conflicts.Count == 0)
        {
            Line("None found.");
            text.Blank();
        }

        // Worst first whatever order the findings came in; within a severity, the order given.
        foreach (var group in Of(FindingKind.Conflict).GroupBy(i => findings[i].Severity).OrderByDescending(g => g.Key))
        {
            Line(Invariant($"### {Capitalized(Name(group.Key))} ({group.Count()})"));
            text.Blank();
            foreach (var i in group)
            {
                text.Text("**" + ids[i]);
                text.Bytes(findings[i].Utf8.Span);
            }
        }

        Line("## Corroborated facts");
        text.Blank();
        var agreements = Of(FindingKind.Agreement).ToList();
        if (agreements.Count == 0)
        {
            Line("None found.");
        }

        foreach (var i in agreements)
        {
            text.Text("- **" + ids[i]);
            text.Bytes(findings[i].Utf8.Span);
        }

        text.Blank();
        var singles = Of(FindingKind.SingleSource).ToList();
        if (singles.Count > 0)
        {
            Line("## Single-source claims");
            text.Blank();
            foreach (var i in singles)
            {
                text.Text("- " + ids[i]);
                text.Bytes(findings[i].Utf8.Span);
            }

            text.Blank();
        }

        var standApart = outline.Sources.Where(s => s.StandsApart).ToList();
        if (standApart.Count > 0)
        {
            Line("## Sources that stood apart");
            text.Blank();
            Line("No other source covers the same story, so these were not compared:");
            text.Blank();
            foreach (var s in standApart)
            {
                Line("- " + s.Piece.Apart);
            }

            text.Blank();
        }

        WriteSkipped(text, outline.Skipped);
        WriteWarnings(text, outline.Warnings);
    }

    private static void WriteCommonSummary(ILines text, IReadOnlyList<SkippedFile> skipped, IReadOnlyList<string> warnings, string mode, LlmUsage? usage)
    {
        text.Line($"- {Count(skipped.Count, "skipped file", "skipped files")}");
        if (warnings.Count > 0)
        {
            text.Line($"- {Count(warnings.Count, "warning", "warnings")}");
        }

        text.Line($"- Mode: {MarkdownText.Escape(mode)}");
        if (usage is { } u)
        {
            text.Line(Invariant(
                $"- LLM: {u.Calls:N0} calls ({u.CacheHits:N0} from cache), {u.InputTokens:N0} input and {u.OutputTokens:N0} output tokens; {u.FellBack:N0} fell back to rules"));
        }

        text.Blank();
    }

    private static int[] KindCounts(IEnumerable<Claim> claims)
    {
        var byKind = new int[Enum.GetValues<ClaimKind>().Length];
        foreach (var claim in claims)
        {
            byKind[(int)claim.Kind]++;
        }

        return byKind;
    }

    /// <summary>"**7** claims (5 quantity, 2 date)": the kinds present, in the kinds' order.</summary>
    private static string ClaimCounts(IReadOnlyList<int> byKind)
    {
        var total = byKind.Sum();
        var present = Enum.GetValues<ClaimKind>().Where(k => byKind[(int)k] > 0).Select(k => Invariant($"{byKind[(int)k]} {KindName(k)}"));
        return Count(total, "claim", "claims") + (total > 0 ? " (" + string.Join(", ", present) + ")" : "");
    }

    private static void WriteClaimsBySource(Document doc)
    {
        doc.Line("## Claims");
        doc.Blank();
        var bySource = doc.Report.Claims.ToLookup(c => c.SourceId, StringComparer.Ordinal);
        foreach (var s in doc.Report.Sources)
        {
            var claims = bySource[s.Source.Id].ToList();
            var outlet = s.Source.Document.Metadata.Outlet;
            doc.Line($"**{MarkdownText.Escape(s.Source.Id)}**"
                + (string.IsNullOrWhiteSpace(outlet) ? "" : " · " + MarkdownText.Escape(outlet))
                + " · " + Count(claims.Count, "claim", "claims"));
            doc.Blank();
            foreach (var claim in claims)
            {
                doc.Line($"- {Where(s.Source, claim)} · {KindName(claim.Kind)} · {MarkdownText.Escape(claim.Describe())}: {Quoted(s.Source, claim)}");
            }

            if (claims.Count > 0)
            {
                doc.Blank();
            }
        }
    }

    private static void WriteSkipped(ILines text, IReadOnlyList<SkippedFile> skipped)
    {
        if (skipped.Count == 0)
        {
            return;
        }

        text.Line("## Skipped files");
        text.Blank();
        foreach (var s in skipped)
        {
            text.Line($"- {MarkdownText.Escape(s.Path)}: {MarkdownText.Escape(s.Reason)}");
        }

        text.Blank();
    }

    private static void WriteWarnings(ILines text, IReadOnlyList<string> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        text.Line("## Warnings");
        text.Blank();
        foreach (var warning in warnings)
        {
            text.Line("- " + MarkdownText.Escape(warning));
        }

        text.Blank();
    }

    /// <summary>"file:line" of the claim's start, escaped.</summary>
    private static string Where(AnalyzedSource source, Claim claim)
    {
        var (line, _) = source.Lines.Locate(claim.Span.Start);
        return MarkdownText.Escape(claim.SourceId + ":" + line.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Who says it and where: "Outlet (file:line)", or just "file:line" when the outlet is unknown.</summary>
    private static string Attribution(AnalyzedSource source, Claim claim, bool bold)
    {
        var outlet = source.Document.Metadata.Outlet;
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return bold ? $"**{Where(source, claim)}**" : Where(source, claim);
        }

        var who = MarkdownText.Escape(outlet);
        return bold ? $"**{who}** ({Where(source, claim)})" : $"{who} ({Where(source, claim)})";
    }

    /// <summary>The claim's sentence in quotation marks, the claim's own words in bold.</summary>
    private static string Quoted(AnalyzedSource source, Claim claim)
    {
        var m = MarkedSentence.Of(source, claim).Clipped(SentenceContext);
        var marked = MarkdownText.Escape(m.Marked);
        if (marked.Length == 0)
        {
            return "“" + MarkdownText.Escape(m.Before + m.Marked + m.After) + "”";
        }

        // Escape trims each piece; put back the single space the sentence had between them.
        var before = MarkdownText.Escape(m.Before);
        var after = MarkdownText.Escape(m.After);
        var gapBefore = before.Length > 0 && (EndsInSpace(m.Before) || StartsWithSpace(m.Marked)) ? " " : "";
        var gapAfter = after.Length > 0 && (EndsInSpace(m.Marked) || StartsWithSpace(m.After)) ? " " : "";
        return $"“{before}{gapBefore}**{marked}**{gapAfter}{after}”";
    }

    /// <summary>A word-level diff: runs of removed words struck through, runs of added words in bold.</summary>
    private static string Diff(IReadOnlyList<DiffPiece> diff)
    {
        var runs = new List<string>();
        var i = 0;
        while (i < diff.Count)
        {
            var op = diff[i].Op;
            var words = new List<string>();
            for (; i < diff.Count && diff[i].Op == op; i++)
            {
                words.Add(diff[i].Text);
            }

            var text = MarkdownText.Escape(string.Join(" ", words));
            if (text.Length == 0)
            {
                continue;
            }

            runs.Add(op switch
            {
                DiffOp.Removed => $"~~{text}~~",
                DiffOp.Added => $"**{text}**",
                _ => text,
            });
        }

        return string.Join(" ", runs);
    }

    private static string Cell(string? text)
    {
        var escaped = MarkdownText.Escape(text);
        return escaped.Length == 0 ? "—" : escaped;
    }

    private static bool EndsInSpace(string s) => s.Length > 0 && char.IsWhiteSpace(s[^1]);

    private static bool StartsWithSpace(string s) => s.Length > 0 && char.IsWhiteSpace(s[0]);

    private static string Count(int n, string one, string many) => Invariant($"**{n:N0}** {(n == 1 ? one : many)}");

    private static string Plain(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string KindName(ClaimKind kind) => kind.ToString().ToLowerInvariant();

    private static string Capitalized(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>An extract report being written, and the text written so far.</summary>
    private sealed class Document(CheckReport report, StringBuilder text) : ILines
    {
        public Document(CheckReport report)
            : this(report, new StringBuilder())
        {
        }

        public CheckReport Report { get; } = report;

        public StringBuilder Text { get; } = text;

        /// <summary>
        /// Writes each item with <paramref name="write"/>, in the items' order: the items are
        /// rendered on several threads, each into a piece of its own, and the pieces joined in order.
        /// </summary>
        public void Each<T>(IReadOnlyList<T> items, Action<Document, T> write)
        {
            var pieces = new string[items.Count];
            Parallel.For(0, items.Count, i =>
            {
                var piece = new Document(Report, new StringBuilder());
                write(piece, items[i]);
                pieces[i] = piece.Text.ToString();
            });
            foreach (var piece in pieces)
            {
                Text.Append(piece);
            }
        }

        public void Line(string line) => Text.Append(line).Append('\n');

        public void Blank() => Text.Append('\n');
    }

    /// <summary>Where the report's lines go.</summary>
    private interface ILines
    {
        void Line(string line);

        void Blank();
    }

    /// <summary>
    /// Lines written as UTF-8 into a stream through one buffer: text is encoded as it comes (an
    /// unpaired surrogate becomes U+FFFD, as any UTF-8 writer makes it), UTF-8 pieces are copied.
    /// </summary>
    private sealed class Utf8Lines(Stream output) : ILines, IDisposable
    {
        private readonly byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int _used;

        public void Line(string line)
        {
            Text(line);
            Blank();
        }

        public void Blank() => Bytes("\n"u8);

        public void Text(string text)
        {
            if (Encoding.UTF8.GetMaxByteCount(text.Length) > _buffer.Length - _used)
            {
                Flush();
                if (Encoding.UTF8.GetMaxByteCount(text.Length) > _buffer.Length)
                {
                    output.Write(Encoding.UTF8.GetBytes(text));
                    return;
                }
            }

            _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > _buffer.Length - _used)
            {
                Flush();
                if (bytes.Length > _buffer.Length)
                {
                    output.Write(bytes);
                    return;
                }
            }

            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        public void Dispose()
        {
            Flush();
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
        }

        private void Flush()
        {
            output.Write(_buffer, 0, _used);
            _used = 0;
        }
    }
}

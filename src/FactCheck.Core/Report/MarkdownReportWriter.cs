using System.Globalization;
using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
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

    public static string Write(CheckReport report) => Render(report).ToString();

    /// <summary>Writes the report to <paramref name="output"/> piece by piece, never as one string (a large report would be one more copy of itself).</summary>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Render(report).WriteTo(output);
    }

    private static Document Render(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var doc = new Document(report);
        if (report.Findings is { } findings)
        {
            doc.Line("# FactCheck report");
            doc.Blank();
            WriteCheckSummary(doc, findings);
            WriteSourceTable(doc, withClusters: true);
            WriteConflicts(doc, findings.Where(f => f.Kind == FindingKind.Conflict).ToList());
            WriteAgreements(doc, findings.Where(f => f.Kind == FindingKind.Agreement).ToList());
            WriteSingleSource(doc, findings.Where(f => f.Kind == FindingKind.SingleSource).ToList());
            WriteStoodApart(doc);
        }
        else
        {
            doc.Line("# FactCheck claims");
            doc.Blank();
            WriteExtractSummary(doc);
            WriteSourceTable(doc, withClusters: false);
            WriteClaimsBySource(doc);
        }

        WriteSkipped(doc);
        WriteWarnings(doc);
        return doc;
    }

    private static void WriteCheckSummary(Document doc, IReadOnlyList<Finding> findings)
    {
        var report = doc.Report;
        var clusters = report.Sources.Select(s => s.Cluster).Distinct(StringComparer.Ordinal).Count();
        var apart = report.Sources.Count(s => s.StandsApart);
        var conflicts = findings.Where(f => f.Kind == FindingKind.Conflict).ToList();
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(s => (Severity: s, Count: conflicts.Count(f => f.Severity == s)))
            .Where(p => p.Count > 0)
            .Select(p => Invariant($"{p.Count} {Name(p.Severity)}"));

        doc.Line($"- {Count(report.Sources.Count, "source", "sources")} in {Count(clusters, "cluster", "clusters")}"
            + (apart > 0 ? $"; {Plain(apart)} stood apart" : ""));
        doc.Line($"- {ClaimCounts(report.Claims)}");
        doc.Line($"- {Count(conflicts.Count, "conflict", "conflicts")}" + (conflicts.Count > 0 ? ": " + string.Join(", ", bySeverity) : ""));
        doc.Line($"- {Count(findings.Count(f => f.Kind == FindingKind.Agreement), "corroborated fact", "corroborated facts")}");
        doc.Line($"- {Count(findings.Count(f => f.Kind == FindingKind.SingleSource), "single-source claim", "single-source claims")}");
        WriteCommonSummary(doc);
    }

    private static void WriteExtractSummary(Document doc)
    {
        var report = doc.Report;
        doc.Line($"- {Count(report.Sources.Count, "source", "sources")}");
        doc.Line($"- {ClaimCounts(report.Claims)}");
        WriteCommonSummary(doc);
    }

    private static void WriteCommonSummary(Document doc)
    {
        var report = doc.Report;
        doc.Line($"- {Count(report.Skipped.Count, "skipped file", "skipped files")}");
        if (report.Warnings.Count > 0)
        {
            doc.Line($"- {Count(report.Warnings.Count, "warning", "warnings")}");
        }

        doc.Line($"- Mode: {MarkdownText.Escape(report.Mode)}");
        if (report.Usage is { } u)
        {
            doc.Line(Invariant(
                $"- LLM: {u.Calls:N0} calls ({u.CacheHits:N0} from cache), {u.InputTokens:N0} input and {u.OutputTokens:N0} output tokens; {u.FellBack:N0} fell back to rules"));
        }

        doc.Blank();
    }

    private static string ClaimCounts(IReadOnlyList<Claim> claims)
    {
        var byKind = claims.GroupBy(c => c.Kind).OrderBy(g => g.Key)
            .Select(g => Invariant($"{g.Count()} {KindName(g.Key)}"));
        return Count(claims.Count, "claim", "claims") + (claims.Count > 0 ? " (" + string.Join(", ", byKind) + ")" : "");
    }

    private static void WriteSourceTable(Document doc, bool withClusters)
    {
        doc.Line("## Sources");
        doc.Blank();
        if (doc.Report.Sources.Count == 0)
        {
            doc.Line("None.");
            doc.Blank();
            return;
        }

        doc.Line(withClusters
            ? "| Source | Outlet | Title | Published | Cluster | Claims |"
            : "| Source | Outlet | Title | Published | Claims |");
        doc.Line(withClusters ? "|---|---|---|---|---|---:|" : "|---|---|---|---|---:|");
        doc.Each(doc.Report.Sources, (doc, s) =>
        {
            var meta = s.Source.Document.Metadata;
            var cells = new List<string>
            {
                Cell(s.Source.Id),
                Cell(meta.Outlet),
                Cell(meta.Title),
                Cell(meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            };
            if (withClusters)
            {
                cells.Add(Cell(s.Cluster) + (s.StandsApart ? " (stands apart)" : ""));
            }

            cells.Add(Plain(s.ClaimCount));
            doc.Line("| " + string.Join(" | ", cells) + " |");
        });

        doc.Blank();
    }

    private static void WriteConflicts(Document doc, IReadOnlyList<Finding> conflicts)
    {
        doc.Line("## Conflicts");
        doc.Blank();
        if (conflicts.Count == 0)
        {
            doc.Line("None found.");
            doc.Blank();
            return;
        }

        // Worst first whatever order the findings came in; within a severity, the order given.
        foreach (var group in conflicts.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            doc.Line(Invariant($"### {Capitalized(Name(group.Key))} ({group.Count()})"));
            doc.Blank();
            doc.Each(group.ToList(), static (doc, f) =>
            {
                doc.Line($"**{Label(f)}** — {MarkdownText.Escape(f.Summary)}");
                doc.Blank();
                if (!string.IsNullOrWhiteSpace(f.Explanation))
                {
                    doc.Line("Why: " + MarkdownText.Escape(f.Explanation));
                    doc.Blank();
                }

                if (f.Diff is { Count: > 0 } diff)
                {
                    doc.Line("Wording: " + Diff(diff));
                    doc.Blank();
                }

                foreach (var claim in f.Claims)
                {
                    doc.Line($"- {doc.Attribution(claim, bold: true)} — {MarkdownText.Escape(claim.Describe())}: {Quoted(doc.SourceOf(claim), claim)}");
                }

                if (f.Claims.Count > 0)
                {
                    doc.Blank();
                }
            });
        }
    }

    private static void WriteAgreements(Document doc, IReadOnlyList<Finding> agreements)
    {
        doc.Line("## Corroborated facts");
        doc.Blank();
        if (agreements.Count == 0)
        {
            doc.Line("None found.");
            doc.Blank();
            return;
        }

        doc.Each(agreements, static (doc, f) =>
        {
            var who = f.Claims.Select(c => doc.Attribution(c, bold: false));
            doc.Line($"- **{Label(f)}** — {MarkdownText.Escape(f.Summary)}" + (f.Claims.Count > 0 ? " — " + string.Join(", ", who) : ""));
        });

        doc.Blank();
    }

    private static void WriteSingleSource(Document doc, IReadOnlyList<Finding> singles)
    {
        if (singles.Count == 0)
        {
            return;
        }

        doc.Line("## Single-source claims");
        doc.Blank();
        foreach (var f in singles)
        {
            var where = f.Claims.Count > 0 ? " — " + doc.Attribution(f.Claims[0], bold: false) : "";
            doc.Line($"- {Label(f)} — {MarkdownText.Escape(f.Summary)}{where}");
        }

        doc.Blank();
    }

    private static void WriteStoodApart(Document doc)
    {
        var apart = doc.Report.Sources.Where(s => s.StandsApart).ToList();
        if (apart.Count == 0)
        {
            return;
        }

        doc.Line("## Sources that stood apart");
        doc.Blank();
        doc.Line("No other source covers the same story, so these were not compared:");
        doc.Blank();
        foreach (var s in apart)
        {
            var meta = s.Source.Document.Metadata;
            var parts = new[] { s.Source.Id, meta.Outlet, meta.Title }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(MarkdownText.Escape);
            doc.Line("- " + string.Join(" — ", parts));
        }

        doc.Blank();
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
                doc.Line($"- {doc.Where(claim)} · {KindName(claim.Kind)} · {MarkdownText.Escape(claim.Describe())}: {Quoted(s.Source, claim)}");
            }

            if (claims.Count > 0)
            {
                doc.Blank();
            }
        }
    }

    private static void WriteSkipped(Document doc)
    {
        if (doc.Report.Skipped.Count == 0)
        {
            return;
        }

        doc.Line("## Skipped files");
        doc.Blank();
        foreach (var s in doc.Report.Skipped)
        {
            doc.Line($"- {MarkdownText.Escape(s.Path)}: {MarkdownText.Escape(s.Reason)}");
        }

        doc.Blank();
    }

    private static void WriteWarnings(Document doc)
    {
        if (doc.Report.Warnings.Count == 0)
        {
            return;
        }

        doc.Line("## Warnings");
        doc.Blank();
        foreach (var warning in doc.Report.Warnings)
        {
            doc.Line("- " + MarkdownText.Escape(warning));
        }

        doc.Blank();
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

    private static string Label(Finding f) => $"{MarkdownText.Escape(f.Id)} · {MarkdownText.Escape(f.Type)}";

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

    /// <summary>The report being written, its sources by id, and the text written so far.</summary>
    private sealed class Document
    {
        private readonly StringBuilder _text;
        private readonly Dictionary<string, AnalyzedSource> _sources;

        public Document(CheckReport report)
            : this(report, new StringBuilder(), report.Sources.ToDictionary(s => s.Source.Id, s => s.Source, StringComparer.Ordinal))
        {
        }

        private Document(CheckReport report, StringBuilder text, Dictionary<string, AnalyzedSource> sources)
        {
            Report = report;
            _text = text;
            _sources = sources;
        }

        public CheckReport Report { get; }

        /// <summary>
        /// Writes each item with <paramref name="write"/>, in the items' order: the items are
        /// rendered on several threads, each into a piece of its own, and the pieces joined in order.
        /// </summary>
        public void Each<T>(IReadOnlyList<T> items, Action<Document, T> write)
        {
            var pieces = new string[items.Count];
            Parallel.For(0, items.Count, i =>
            {
                var piece = new Document(Report, new StringBuilder(), _sources);
                write(piece, items[i]);
                pieces[i] = piece.ToString();
            });
            foreach (var piece in pieces)
            {
                _text.Append(piece);
            }
        }

        public AnalyzedSource SourceOf(Claim claim) => _sources[claim.SourceId];

        /// <summary>"file:line" of the claim's start, escaped.</summary>
        public string Where(Claim claim)
        {
            var (line, _) = SourceOf(claim).Lines.Locate(claim.Span.Start);
            return MarkdownText.Escape(claim.SourceId + ":" + line.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>Who says it and where: "Outlet (file:line)", or just "file:line" when the outlet is unknown.</summary>
        public string Attribution(Claim claim, bool bold)
        {
            var outlet = SourceOf(claim).Document.Metadata.Outlet;
            if (string.IsNullOrWhiteSpace(outlet))
            {
                return bold ? $"**{Where(claim)}**" : Where(claim);
            }

            var who = MarkdownText.Escape(outlet);
            return bold ? $"**{who}** ({Where(claim)})" : $"{who} ({Where(claim)})";
        }

        public void Line(string line) => _text.Append(line).Append('\n');

        public void Blank() => _text.Append('\n');

        public override string ToString() => _text.ToString();

        public void WriteTo(TextWriter output)
        {
            foreach (var chunk in _text.GetChunks())
            {
                output.Write(chunk.Span);
            }
        }
    }
}

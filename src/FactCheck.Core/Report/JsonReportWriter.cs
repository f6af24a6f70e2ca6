using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;

namespace FactCheck.Core.Report;

/// <summary>
/// Writes a <see cref="CheckReport"/> as the JSON object of ../shared/REPORT-CONTRACT.md
/// (schemaVersion "1"), camelCase, in a fixed field order so that equal reports are equal bytes.
/// </summary>
public static class JsonReportWriter
{
    public const string SchemaVersion = "1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Article text may hold '<', '&' or quotes: escape them so the JSON is safe to embed anywhere.
        Encoder = JavaScriptEncoder.Default,

        // The same report gives the same bytes on every platform.
        NewLine = "\n",
    };

    public static string Write(CheckReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length));
    }

    public static void Write(CheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", "factcheck");
        w.WriteString("version", ToolInfo.Version);
        w.WriteEndObject();
        w.WriteString("mode", report.Mode);
        WriteSummary(w, report);
        WriteSources(w, report);
        WriteClaims(w, report);
        if (report.Findings is { } findings)
        {
            WriteFindings(w, findings);
        }

        if (report.Aliases.Count > 0)
        {
            WriteAliases(w, report.Aliases);
        }

        w.WriteStartArray("skipped");
        foreach (var s in report.Skipped)
        {
            w.WriteStartObject();
            w.WriteString("path", s.Path);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in report.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();

        // End with a line break, as text files and terminal output should.
        stream.WriteByte((byte)'\n');
    }

    // The writer buffers everything until flushed: hand the bytes on in pieces of about this size,
    // so that a report of thousands of sources is not grown and copied again and again in memory.
    private const int FlushAt = 1 << 16;

    private static void FlushSometimes(Utf8JsonWriter w)
    {
        if (w.BytesPending > FlushAt)
        {
            w.Flush();
        }
    }

    private static void WriteSummary(Utf8JsonWriter w, CheckReport report)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("sources", report.Sources.Count);
        w.WriteNumber("clusters", report.Sources.Select(s => s.Cluster).Distinct(StringComparer.Ordinal).Count());
        w.WriteNumber("claims", report.Claims.Count);
        w.WriteNumber("skipped", report.Skipped.Count);
        if (report.Findings is { } findings)
        {
            w.WriteNumber("conflicts", findings.Count(f => f.Kind == FindingKind.Conflict));
            w.WriteNumber("agreements", findings.Count(f => f.Kind == FindingKind.Agreement));
            w.WriteNumber("singleSource", findings.Count(f => f.Kind == FindingKind.SingleSource));
        }

        if (report.Usage is { } u)
        {
            w.WriteStartObject("llm");
            w.WriteNumber("calls", u.Calls);
            w.WriteNumber("cacheHits", u.CacheHits);
            w.WriteNumber("inputTokens", u.InputTokens);
            w.WriteNumber("outputTokens", u.OutputTokens);
            w.WriteNumber("fellBack", u.FellBack);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteSources(Utf8JsonWriter w, CheckReport report)
    {
        w.WriteStartArray("sources");
        foreach (var s in report.Sources)
        {
            var meta = s.Source.Document.Metadata;
            w.WriteStartObject();
            w.WriteString("id", s.Source.Id);
            WriteNullable(w, "title", meta.Title);
            WriteNullable(w, "outlet", meta.Outlet);
            WriteNullable(w, "published", meta.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteNullable(w, "url", meta.Url);
            WriteNullable(w, "cluster", s.Cluster.Length == 0 ? null : s.Cluster);
            w.WriteBoolean("standsApart", s.StandsApart);
            w.WriteNumber("claims", s.ClaimCount);
            w.WriteEndObject();
            FlushSometimes(w);
        }

        w.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter w, CheckReport report)
    {
        var lines = report.Sources.ToDictionary(s => s.Source.Id, s => s.Source.Lines, StringComparer.Ordinal);
        w.WriteStartArray("claims");
        foreach (var c in report.Claims)
        {
            var (line, column) = lines[c.SourceId].Locate(c.Span.Start);
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("source", c.SourceId);
            w.WriteString("kind", LowerName.Of(c.Kind));
            w.WriteString("text", c.Text);
            w.WriteString("sentence", c.Sentence.Text);
            w.WriteNumber("start", c.Span.Start);
            w.WriteNumber("end", c.Span.End);
            w.WriteNumber("line", line);
            w.WriteNumber("column", column);
            foreach (var (key, value) in c.ReportFields())
            {
                w.WritePropertyName(key);
                WriteValue(w, value);
            }

            if (c.Canonical is { } canonical)
            {
                w.WriteString("canonical", canonical.ToString());
            }

            w.WriteEndObject();
            FlushSometimes(w);
        }

        w.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<Finding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("kind", f.Kind switch
            {
                FindingKind.Conflict => "conflict",
                FindingKind.Agreement => "agreement",
                _ => "single-source",
            });
            w.WriteString("type", f.Type);
            w.WriteString("severity", LowerName.Of(f.Severity));
            w.WriteString("summary", f.Summary);
            w.WriteStartArray("claims");
            foreach (var c in f.Claims)
            {
                w.WriteStringValue(c.Id);
            }

            w.WriteEndArray();
            w.WriteStartArray("sources");
            foreach (var s in f.SourceIds)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            if (f.Explanation is not null)
            {
                w.WriteString("explanation", f.Explanation);
            }

            if (f.Diff is { } diff)
            {
                w.WriteStartArray("diff");
                foreach (var piece in diff)
                {
                    w.WriteStartObject();
                    w.WriteString("op", LowerName.Of(piece.Op));
                    w.WriteString("text", piece.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            FlushSometimes(w);
        }

        w.WriteEndArray();
    }

    private static void WriteAliases(Utf8JsonWriter w, IReadOnlyList<AliasEntry> aliases)
    {
        w.WriteStartArray("speakers");
        foreach (var a in aliases)
        {
            w.WriteStartObject();
            w.WriteString("cluster", a.Cluster);
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            WriteNullable(w, "role", a.Role);
            WriteValue(w, "aliases", a.Aliases);
            WriteValue(w, "claims", a.ClaimIds);
            w.WriteEndObject();
            FlushSometimes(w);
        }

        w.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>Writes the plain values claim kinds report: null, strings, booleans, numbers, and lists of them.</summary>
    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case short or ushort or byte or sbyte or uint:
                w.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                w.WriteNumberValue(ul);
                break;
            // JSON has no NaN or infinity; Utf8JsonWriter throws on them. Unknown is null.
            case double d when !double.IsFinite(d):
            case float f when !float.IsFinite(f):
                w.WriteNullValue();
                break;
            case double d:
                w.WriteNumberValue(d);
                break;
            case float f:
                w.WriteNumberValue(f);
                break;
            case decimal m:
                w.WriteNumberValue(m);
                break;
            case DateOnly date:
                w.WriteStringValue(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case System.Collections.IDictionary map:
                w.WriteStartObject();
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    w.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    WriteValue(w, entry.Value);
                }

                w.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(w, item);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Enum values by their lower-case names, worked out once rather than for every claim of a large report.</summary>
    private static class LowerName
    {
        public static string Of<TEnum>(TEnum value)
            where TEnum : struct, Enum => Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();

        private static class Names<TEnum>
            where TEnum : struct, Enum
        {
            public static readonly Dictionary<TEnum, string> ByValue =
                Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());
        }
    }
}

using System.Globalization;
using System.Text;
using FactCheck.Core.Compare;

namespace FactCheck.Core.Report;

/// <summary>Writes a <see cref="CheckReport"/> as Markdown for people. Placeholder layout; see the report issue.</summary>
public static class MarkdownReportWriter
{
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.AppendLine("# FactCheck report");
        sb.AppendLine();
        foreach (var f in report.Findings ?? [])
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {f.Id} {f.Kind} {f.Type} {f.Severity}: {f.Summary}");
        }

        return sb.ToString();
    }
}

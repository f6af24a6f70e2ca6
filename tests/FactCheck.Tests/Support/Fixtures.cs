using FactCheck.Core.Align;
using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Times;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Support;

/// <summary>Builds sources and hand-made claims for tests of the stages after extraction.</summary>
public static class Fixtures
{
    public static AnalyzedSource Source(string id, string text, DateOnly? published = null) =>
        AnalyzedSource.Analyze(SourceDocument.FromPlainText(id, text, new SourceMetadata(null, null, published, null)));

    /// <summary>The span of the first occurrence of <paramref name="text"/> (after <paramref name="after"/>, if given).</summary>
    public static TextSpan Find(AnalyzedSource source, string text, string? after = null)
    {
        var from = after is null ? 0 : source.Text.IndexOf(after, StringComparison.Ordinal);
        var start = source.Text.IndexOf(text, Math.Max(0, from), StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{text}' is not in {source.Id}");
        }

        return new TextSpan(start, start + text.Length);
    }

    public static Sentence SentenceAt(AnalyzedSource source, TextSpan span) =>
        source.Sentences.First(s => s.Span.Contains(span) || s.Span.Overlaps(span));

    public static QuantityClaim QuantityAt(AnalyzedSource source, string text, Quantity quantity, string? after = null)
    {
        var span = Find(source, text, after);
        return new QuantityClaim { SourceId = source.Id, Span = span, Text = text, Sentence = SentenceAt(source, span), Quantity = quantity };
    }

    public static DateClaim DateAt(AnalyzedSource source, string text, CalendarDate? date, DayOfWeek? weekday = null, bool relative = false)
    {
        var span = Find(source, text);
        return new DateClaim { SourceId = source.Id, Span = span, Text = text, Sentence = SentenceAt(source, span), Resolved = date, StatedWeekday = weekday, IsRelative = relative };
    }

    public static TimeOfDayClaim TimeAt(AnalyzedSource source, string text, int minutes)
    {
        var span = Find(source, text);
        return new TimeOfDayClaim { SourceId = source.Id, Span = span, Text = text, Sentence = SentenceAt(source, span), Low = minutes, High = minutes };
    }

    /// <summary>
    /// The findings of the whole rule pipeline on two reports of one story, "a.txt" and "b.txt", put in one cluster:
    /// every rule extractor, then every comparer.
    /// </summary>
    public static List<FactCheck.Core.Compare.Finding> FindingsOf(string textA, string textB, DateOnly? published = null)
    {
        var members = new[] { Source("a.txt", textA, published), Source("b.txt", textB, published) }
            .Select(s =>
            {
                var found = new List<Claim>();
                foreach (var extractor in FactCheck.Core.Pipeline.FactCheckerFactory.RuleExtractors())
                {
                    found.AddRange(extractor.Extract(s, found));
                }

                return (s, found.ToArray());
            })
            .ToArray();
        return FactCheck.Core.Compare.ClusterComparison.Run([Cluster(members)], FactCheck.Core.Pipeline.FactCheckerFactory.Comparers(), threads: 1).Findings;
    }

    public static Cluster Cluster(params (AnalyzedSource Source, Claim[] Claims)[] members) =>
        new("c1", [.. members.Select(m => m.Source)], [.. members.SelectMany(m => m.Claims)]);
}

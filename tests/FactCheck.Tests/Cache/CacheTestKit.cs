using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Align;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Pipeline;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Cache;

/// <summary>
/// Stand-in extractors for the cache tests: they find a few patterns and fill every field of the
/// claim kinds the core defines with values other than the defaults, so a field the cache drops
/// shows up in the report. Each counts its calls.
/// </summary>
internal sealed partial class CountingExtractor : IClaimExtractor
{
    private int _calls;

    public int Calls => _calls;

    public IEnumerable<Claim> Extract(AnalyzedSource source, IReadOnlyList<Claim> earlier)
    {
        Interlocked.Increment(ref _calls);
        var claims = new List<Claim>();
        foreach (Match m in Number().Matches(source.Text))
        {
            var value = decimal.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var high = m.Groups["to"].Success ? decimal.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : value;
            claims.Add(new QuantityClaim
            {
                SourceId = source.Id,
                Span = SpanOf(m),
                Text = m.Value,
                Sentence = SentenceOf(source, m),
                Quantity = new Quantity(
                    value,
                    high,
                    m.Groups["unit"].Value.TrimEnd('s'),
                    m.Groups["unit"].Value,
                    Approximate: m.Groups["hedge"].Success,
                    Bound: m.Groups["hedge"].Value == "more than " ? Bound.Above : Bound.Exact,
                    Each: m.Value.EndsWith("each", StringComparison.Ordinal),
                    Direction: m.Groups["rose"].Success ? Direction.Up : Direction.None),
            });
        }

        foreach (Match m in Weekday().Matches(source.Text))
        {
            var weekday = Enum.Parse<DayOfWeek>(m.Value);
            var published = source.Published;
            claims.Add(new DateClaim
            {
                SourceId = source.Id,
                Span = SpanOf(m),
                Text = m.Value,
                Sentence = SentenceOf(source, m),
                Resolved = published is { } p ? CalendarDate.Day(p.AddDays(-(((int)p.DayOfWeek - (int)weekday + 7) % 7))) : null,
                IsRelative = true,
                StatedWeekday = weekday,
                Note = published is null ? "no publication date" : "the weekday before publication",
            });
        }

        return claims;
    }

    private static TextSpan SpanOf(Match m) => new(m.Index, m.Index + m.Length);

    private static Sentence SentenceOf(AnalyzedSource source, Match m) => source.Sentences.First(s => s.Span.Overlaps(SpanOf(m)));

    [GeneratedRegex(@"(?<rose>rose )?(?<hedge>about |more than )?(?<n>\d[\d,]*(?:\.\d+)?)(?:-(?<to>\d+))? (?<unit>[a-z]+)(?: each)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();
}

internal static class CacheTestKit
{
    public static FactChecker Checker(params IClaimExtractor[] extractors) =>
        new(extractors, new RuleCanonicalizer(), new SourceClusterer(), FactCheckerFactory.Comparers());

    /// <summary>Three invented articles: two on one storm that differ on numbers, one on a market.</summary>
    public static List<SourceDocument> Articles() =>
    [
        Article("storm-gazette.txt", "The storm hit Lowmoor on Tuesday. It damaged about 1,200 homes and cut power to more than 40 villages. Insurers paid 300 dollars each to 12-15 families.", new DateOnly(2025, 3, 7)),
        Article("storm-courier.txt", "A storm struck Lowmoor on Tuesday and damaged 1,500 homes. Power was cut to 40 villages. Claims rose 12 percent.", new DateOnly(2025, 3, 7)),
        Article("market-notes.md", "# Market notes\n\nThe Harlow fish market sold 3.5 tonnes on Friday, traders said.", null),
    ];

    public static SourceDocument Article(string id, string text, DateOnly? published) =>
        SourceDocument.FromPlainText(id, text, new SourceMetadata(null, null, published, null));

    public static string TempFolder() => Directory.CreateTempSubdirectory("factcheck-cache-").FullName;

    /// <summary>A new temporary folder holding a copy of the project's samples (one story in three outlets, one off-topic article).</summary>
    public static string SamplesCopy()
    {
        var folder = TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(Support.SharedFolder.RepoRoot(), "samples")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not worth failing a test over.
        }
    }
}

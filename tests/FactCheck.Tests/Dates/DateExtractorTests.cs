using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Dates;

/// <summary>Behaviour of the date extractor beyond single cases: weekday checks, notes, robustness.</summary>
public sealed class DateExtractorTests
{
    private static List<DateClaim> Extract(string text, DateOnly? published)
    {
        var source = AnalyzedSource.Analyze(SourceDocument.FromPlainText("a.txt", text, new SourceMetadata(null, null, published, null)));
        return [.. new DateExtractor().Extract(source, []).Cast<DateClaim>()];
    }

    [Fact]
    public void A_weekday_that_disagrees_with_its_date_is_flagged_on_both_claims()
    {
        // June 29, 2025 is a Sunday, not a Monday.
        var claims = Extract("The deal was signed on Monday (June 29).", new DateOnly(2025, 7, 1));

        var date = Assert.Single(claims, c => c.Text == "June 29");
        Assert.True(date.WeekdayMismatch);
        Assert.Equal(DayOfWeek.Monday, date.StatedWeekday);
        Assert.Contains("Sunday", date.Note, StringComparison.Ordinal);
        Assert.Equal("2025-06-29", date.Resolved?.ToIso());

        var weekday = Assert.Single(claims, c => c.Text == "Monday");
        Assert.True(weekday.WeekdayMismatch);
        Assert.Equal("2025-06-30", weekday.Resolved?.ToIso());
    }

    [Fact]
    public void A_weekday_that_agrees_with_its_date_takes_the_date()
    {
        var claims = Extract("Officials spoke on Monday (June 30).", new DateOnly(2025, 7, 1));

        Assert.All(claims, c => Assert.False(c.WeekdayMismatch));
        Assert.All(claims, c => Assert.Equal("2025-06-30", c.Resolved?.ToIso()));
        Assert.Equal(DayOfWeek.Monday, Assert.Single(claims, c => c.Text == "June 30").StatedWeekday);
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved_and_say_why()
    {
        var claims = Extract("The council met on Tuesday and again last month.", null);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c =>
        {
            Assert.Null(c.Resolved);
            Assert.Equal("no publication date", c.Note);
            Assert.True(c.IsRelative);
        });
    }

    [Fact]
    public void Bounds_are_kept_and_reported()
    {
        var since = Assert.Single(Extract("The region has been disputed since 2014.", null));
        Assert.Equal(DateBound.Since, since.Bound);
        Assert.Contains(since.ReportFields(), f => f.Key == "bound" && (string?)f.Value == ">=");

        var before = Assert.Single(Extract("The plan must pass before June 2, 2026.", null));
        Assert.Equal(DateBound.Before, before.Bound);
        Assert.Equal("2026-06-02", before.Resolved?.ToIso());
    }

    [Fact]
    public void Claims_carry_the_sentence_and_file_offsets()
    {
        const string text = "Heading\n\nThe ministry said on May 16 that the talks were over. Later it added more.";
        var claim = Assert.Single(Extract(text, new DateOnly(2025, 7, 1)));

        Assert.Equal("May 16", claim.Text);
        Assert.Equal(text.IndexOf("May 16", StringComparison.Ordinal), claim.Span.Start);
        Assert.StartsWith("The ministry said", claim.Sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_pipeline_runs_the_date_extractor()
    {
        Assert.Contains(FactCheckerFactory.RuleExtractors(), e => e is DateExtractor);
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_every_claim_is_its_own_span()
    {
        var words = Gen.Elements("on", "Monday", "June", "30", "(", ")", ",", "2014", "last", "next", "week", "May", "16", "-", "/", "07/01/2025",
            "since", "between", "and", "the", "1990s", "early", "mid-", "ago", "two", "days", "in", "Q1", "Christmas", ".", "\n", "said", "will", "’", "$");
        var texts = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            words.ListOf().Select(ws => string.Join(" ", ws)),
            words.ListOf().Select(ws => string.Concat(ws)));

        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            foreach (var published in new DateOnly?[] { null, new DateOnly(2025, 7, 1) })
            {
                foreach (var claim in Extract(text, published))
                {
                    if (claim.Span.Start < 0 || claim.Span.End > text.Length || claim.Span.Length <= 0 || claim.Text != text.Substring(claim.Span.Start, claim.Span.Length))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("Output grew from 2025-\u0661\u0662 onwards.")] // Arabic-Indic digits after a year: \d takes them, int.Parse does not
    [InlineData("The plan ran \u0661\u0662/\u0660\u0665/2024 and later.")]
    public void Digits_of_other_scripts_do_not_stop_the_extractor(string text)
    {
        var claims = Extract(text, new DateOnly(2025, 7, 1));

        Assert.All(claims, c => Assert.DoesNotContain('\u0661', c.Text));
    }
}

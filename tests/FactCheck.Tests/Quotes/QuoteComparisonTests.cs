using FactCheck.Core.Align;
using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quotes;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quotes;
using FactCheck.Core.Pipeline;

namespace FactCheck.Tests.Quotes;

/// <summary>
/// Findings of the quote comparers on small invented clusters, one case a line in
/// Cases/comparison.jsonl: the exact conflicts (type:severity), and counts of agreements and
/// single-source findings where given.
/// </summary>
public sealed class QuoteComparisonTests
{
    public static TheoryData<string> Cases() => QuoteCaseFiles.Names("comparison.jsonl");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_exactly_the_expected_conflicts(string name)
    {
        var c = QuoteCaseFiles.Case("comparison.jsonl", name);
        var texts = c.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToList();
        var findings = Compare(texts);

        var conflicts = findings.Where(f => f.Kind == FindingKind.Conflict).Select(f => $"{f.Type}:{f.Severity.ToString().ToLowerInvariant()}").Order().ToList();
        var expected = c.GetProperty("conflicts").EnumerateArray().Select(e => e.GetString()!).Order().ToList();
        Assert.Equal(expected, conflicts);

        if (c.TryGetProperty("agreements", out var agreements))
        {
            Assert.Equal(agreements.GetInt32(), findings.Count(f => f.Kind == FindingKind.Agreement));
        }

        if (c.TryGetProperty("singles", out var singles))
        {
            Assert.Equal(singles.GetInt32(), findings.Count(f => f.Kind == FindingKind.SingleSource));
        }

        foreach (var f in findings.Where(f => f.Kind == FindingKind.Conflict))
        {
            Assert.True(f.SourceIds.Count >= 2, $"conflict '{f.Summary}' names claims of one source only");
            Assert.DoesNotContain('\n', f.Summary);
        }
    }

    [Fact]
    public void Wording_conflict_carries_a_word_diff_from_first_claim_to_second()
    {
        var findings = Compare(["\u201cNo one is blocking the inquiry,\u201d Paul Dunn said.", "\u201cNo one is obstructing the inquiry,\u201d Paul Dunn said."]);
        var conflict = Assert.Single(findings, f => f.Type == "quote-wording");

        Assert.NotNull(conflict.Diff);
        Assert.Contains(conflict.Diff!, p => p.Op == DiffOp.Removed && p.Text == "blocking");
        Assert.Contains(conflict.Diff!, p => p.Op == DiffOp.Added && p.Text == "obstructing");
        Assert.Equal("a.txt", conflict.Claims[0].SourceId);
    }

    [Fact]
    public void Alias_table_joins_surname_full_name_and_role()
    {
        var sources = new[]
        {
            "\u201cThe harbour will reopen,\u201d port spokesman Ivo Marek said.",
            "\u201cThe harbour will reopen,\u201d Marek said.",
            "\u201cThe harbour will reopen,\u201d the port spokesman said.",
        };
        var cluster = Cluster(sources);
        var entry = Assert.Single(new QuoteWordingComparer().Aliases(cluster));

        Assert.Equal("Ivo Marek", entry.Name);
        Assert.Contains("Marek", entry.Aliases);
        Assert.Equal(3, entry.ClaimIds.Count);
    }

    [Fact]
    public void A_role_written_into_the_name_is_the_same_person()
    {
        // "Forecaster" before "Ellen Voss" is her job, not her given name: one speaker, no attribution conflict, and the
        // alias table shows the name the other report gives.
        var sources = new[]
        {
            "Forecaster Ellen Voss of the Western Weather Centre said the hail had been \"unusually large for this part of the country\" and was caused by a slow-moving storm.",
            "\u201cThe hail we saw was unusually large for this part of the country, and it came down with very little warning,\u201d said Ellen Voss, a forecaster at the centre.",
        };

        Assert.DoesNotContain(Compare(sources), f => f.Type == "attribution");
        Assert.Equal("Ellen Voss", Assert.Single(new QuoteWordingComparer().Aliases(Cluster(sources))).Name);
    }

    [Theory]
    [InlineData("Harbour Radio 4", false)] // the outlet's own interview: the chief may have said it in a statement too
    [InlineData("Metro Evening News", true)]
    public void An_interview_with_the_reporting_outlet_itself_rivals_no_written_statement(string outletOfB, bool conflict)
    {
        var a = AnalyzedSource.Analyze(SourceDocument.FromPlainText("a.txt",
            "\u201cThe offer on the table is fair and final,\u201d chief executive Raymond Ochoa said in a written statement.",
            new SourceMetadata(null, "Port Courier", null, null)));
        var b = AnalyzedSource.Analyze(SourceDocument.FromPlainText("b.txt",
            "\u201cThe offer on the table is fair and final,\u201d chief executive Raymond Ochoa told Harbour Radio.",
            new SourceMetadata(null, outletOfB, null, null)));
        var claims = new[] { a, b }.SelectMany(s => new QuoteExtractor().Extract(s, [])).ToList();

        var findings = new ChannelComparer().Compare(new Cluster("c1", [a, b], claims)).ToList();

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "channel"));
    }

    [Fact]
    public void Comparers_are_registered_in_the_factory()
    {
        var comparers = FactCheckerFactory.Comparers();
        Assert.Contains(comparers, c => c is QuoteWordingComparer);
        Assert.Contains(comparers, c => c is AttributionComparer);
        Assert.Contains(comparers, c => c is ChannelComparer);
        Assert.Contains(FactCheckerFactory.RuleExtractors(), e => e is Core.Normalize.Quotes.QuoteExtractor);
    }

    internal static List<Finding> Compare(IReadOnlyList<string> texts)
    {
        var cluster = Cluster(texts);
        IClaimComparer[] comparers = [new QuoteWordingComparer(), new AttributionComparer(), new ChannelComparer()];
        return [.. comparers.SelectMany(c => c.Compare(cluster))];
    }

    private static Cluster Cluster(IReadOnlyList<string> texts)
    {
        var extracted = texts.Select((t, i) => QuoteCaseFiles.Extract($"{(char)('a' + i)}.txt", t)).ToList();
        return new Cluster("c1", [.. extracted.Select(e => e.Source)], [.. extracted.SelectMany(e => e.Claims)]);
    }
}

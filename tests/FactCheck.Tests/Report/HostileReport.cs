using FactCheck.Core.Compare;
using FactCheck.Core.Load;
using FactCheck.Core.Report;

namespace FactCheck.Tests.Report;

/// <summary>
/// A report whose every piece of article text tries to break Markdown: pipes, backticks, fenced
/// blocks, raw HTML, script tags, javascript: links, headings, control characters, bidi overrides.
/// </summary>
internal static class HostileReport
{
    public const string FirstId = "evil|name`<x>.txt";
    public const string FirstOutlet = "Evil | Outlet <script>alert(1)</script>";
    public const string FirstTitle = "Flood | <b>kills</b> `many` [x](javascript:alert(1))\n# Injected heading";
    public const string SecondOutlet = "Gazette <img src=x onerror=alert(1)>";
    public const string SecondTitle = "## Title with | pipes | and\r\nnewlines\u202E";
    public const string ThirdTitle = "Sports \u2066isolate\u2069 news ``` \u0007";
    public const string Summary = "Flood deaths: 12 vs 15 <script>alert(1)</script> | # no heading";
    public const string Explanation = "```\nfenced\n```\n# heading\n<div onclick=\"alert(1)\">html</div>";
    public const string QuoteDescription = "“<script>x</script>” | said # by `someone` [y](javascript:alert(2))";

    public static readonly string FirstText =
        "Flood | kills <b>many</b>\n# Injected heading\n\n```html\n<script>alert(1)</script>\n```\n\n" +
        "The flood killed 12 people in `Riverton` [x](javascript:alert(1)) on Tuesday\u0007, officials\u202E said.\n";

    public const string SecondText =
        "Rescuers said at least 15 people | died <iframe src=javascript:alert(1)></iframe> in the flood.\n\n" +
        "- a list\n> a quote\n\n\"We will rebuild | <b>soon</b>,\" the mayor said.\n";

    public const string ThirdText = "The team won 3 games [y](javascript:alert(2)) in a row.\n";

    public static CheckReport Build()
    {
        var first = ReportFixture.Source(FirstId, FirstText, FirstTitle, FirstOutlet, new DateOnly(2025, 3, 4));
        var second = ReportFixture.Source("b.md", SecondText, SecondTitle, SecondOutlet);
        var third = ReportFixture.Source("c.txt", ThirdText, ThirdTitle);

        var twelve = ReportFixture.Quantity(first, "12 people", 12, "person", 1);
        var fifteen = ReportFixture.Quantity(second, "15 people", 15, "person", 1);
        var games = ReportFixture.Quantity(third, "3 games", 3, "game", 1);
        var quote = ReportFixture.Custom(second, "We will rebuild | <b>soon</b>,", QuoteDescription, 1,
            new("speaker", "the mayor <script>"), new("score", double.NaN), new("when", new DateOnly(2025, 3, 5)));

        var findings = new List<Finding>
        {
            new(FindingKind.Conflict, "quote-wording", Severity.Medium, "Mayor's words | <u>differ</u>", [quote, twelve])
            {
                Id = "F2",
                Diff = [new(DiffOp.Same, "We"), new(DiffOp.Removed, "will <b>"), new(DiffOp.Added, "shall [z](javascript:x)"), new(DiffOp.Same, "rebuild|")],
            },
            new(FindingKind.Conflict, "numeric", Severity.High, Summary, [twelve, fifteen]) { Id = "F1", Explanation = Explanation },
            new(FindingKind.Agreement, "numeric", Severity.Low, "Both say flood | <u>Riverton</u>", [twelve, fifteen]) { Id = "F3" },
            new(FindingKind.SingleSource, "numeric", Severity.Low, "Only one source: 3 games [y](javascript:alert(2))", [games]) { Id = "F4" },
        };

        return new CheckReport(
            "rules",
            [new(first, "c1", false, 1), new(second, "c1", false, 2), new(third, "c2", true, 1)],
            [twelve, fifteen, quote, games],
            findings,
            [new SkippedFile("bad|file<script>.txt", "cannot be read: <b>denied</b>\n# heading")],
            ["warning with `code` and <script>alert(1)</script>"])
        {
            Usage = new LlmUsage(3, 1, 1234, 567, 0),
        };
    }
}

using FactCheck.Core.Claims;
using FactCheck.Core.Load;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Report;

/// <summary>Builds report inputs by hand (sources, claims at a phrase's position) for writer tests.</summary>
internal static class ReportFixture
{
    public static AnalyzedSource Source(string id, string text, string? title = null, string? outlet = null, DateOnly? published = null) =>
        AnalyzedSource.Analyze(SourceDocument.FromPlainText(id, text, new SourceMetadata(title, outlet, published, null)));

    /// <summary>A quantity claim over the first occurrence of <paramref name="phrase"/>, in the sentence the splitter put it in.</summary>
    public static QuantityClaim Quantity(AnalyzedSource source, string phrase, decimal value, string? unit, int number)
    {
        var span = SpanOf(source, phrase);
        return new QuantityClaim
        {
            Id = $"{source.Id}#q{number}",
            SourceId = source.Id,
            Span = span,
            Text = phrase,
            Sentence = SentenceOf(source, span),
            Quantity = Core.Normalize.Quantities.Quantity.Of(value, unit),
        };
    }

    public static TestClaim Custom(AnalyzedSource source, string phrase, string description, int number, params KeyValuePair<string, object?>[] fields)
    {
        var span = SpanOf(source, phrase);
        return new TestClaim(description, fields)
        {
            Id = $"{source.Id}#t{number}",
            SourceId = source.Id,
            Span = span,
            Text = phrase,
            Sentence = SentenceOf(source, span),
        };
    }

    /// <summary>The 1-based line of <paramref name="phrase"/>, counted here independently of LineIndex.</summary>
    public static int LineOf(AnalyzedSource source, string phrase) =>
        source.Document.RawText[..SpanOf(source, phrase).Start].Count(c => c == '\n') + 1;

    private static TextSpan SpanOf(AnalyzedSource source, string phrase)
    {
        var start = source.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{phrase}' is not in {source.Id}");
        return new TextSpan(start, start + phrase.Length);
    }

    private static Sentence SentenceOf(AnalyzedSource source, TextSpan span) =>
        source.Sentences.FirstOrDefault(s => s.Span.Contains(span))
        ?? throw new InvalidOperationException($"no sentence of {source.Id} holds {span}");
}

/// <summary>A claim kind of the tests' own: reports whatever fields and description it is given.</summary>
internal sealed record TestClaim(string Description, IReadOnlyList<KeyValuePair<string, object?>> Fields) : Claim
{
    public override ClaimKind Kind => ClaimKind.Quote;

    public override char IdPrefix => 't';

    public override IEnumerable<KeyValuePair<string, object?>> ReportFields() => Fields;

    public override string Describe() => Description;
}

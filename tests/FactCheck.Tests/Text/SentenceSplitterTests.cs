using FsCheck;
using FsCheck.Fluent;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Text", "sentence-cases.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0 || line.EndsWith("|SKIP", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal), parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_a_reader_would(string input, string expected)
    {
        var sentences = SentenceSplitter.Split(input);

        Assert.Equal(expected.Split(" ‖ "), sentences.Select(s => s.Text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spans_point_back_into_the_text(string input, string expected)
    {
        _ = expected;
        foreach (var s in SentenceSplitter.Split(input))
        {
            Assert.InRange(s.Span.Start, 0, input.Length);
            Assert.InRange(s.Span.End, s.Span.Start + 1, input.Length);
            Assert.Equal(s.Text, SentenceSplitter.Fold(input, s.Span.Start, s.Span.End));
        }
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_spans_stay_ordered_inside_it()
    {
        Prop.ForAll<string>(text =>
        {
            text ??= "";
            var sentences = SentenceSplitter.Split(text);
            var previousEnd = 0;
            foreach (var s in sentences)
            {
                if (s.Span.Start < previousEnd || s.Span.End > text.Length || s.Span.Length <= 0)
                {
                    return false;
                }

                previousEnd = s.Span.End;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Folding_trims_and_turns_each_run_of_white_space_into_one_plain_space()
    {
        // Texts drawn mostly from white space of every kind, so runs, tabs, line breaks and no-break spaces come up often.
        var characters = Gen.Elements(' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2009', 'a', 'B', '.', '"');
        var texts = Gen.ArrayOf(characters).Select(cs => new string(cs));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return SentenceSplitter.Fold(text, 0, text.Length) == expected;
        }).QuickCheckThrowOnFailure();
    }
}

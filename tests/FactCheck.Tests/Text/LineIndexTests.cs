using FsCheck;
using FsCheck.Fluent;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Text;

public sealed class LineIndexTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\r\ncd", 2, 1, 3)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("\n\n\nx", 3, 4, 1)]
    public void Locates_offsets_as_line_and_column(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineIndex(text).Locate(offset));
    }

    [Fact]
    public void Agrees_with_counting_line_breaks_by_hand()
    {
        Prop.ForAll<string>(text =>
        {
            text = (text ?? "").Replace("\r", "", StringComparison.Ordinal);
            var index = new LineIndex(text);
            for (var i = 0; i <= text.Length; i++)
            {
                var before = text[..i];
                var expectedLine = before.Count(c => c == '\n') + 1;
                var expectedColumn = i - (before.LastIndexOf('\n') + 1) + 1;
                if (index.Locate(i) != (expectedLine, expectedColumn))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}

using FactCheck.Core.Report;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Report;

/// <summary>
/// Escape returns plain text untouched without copying it; that shortcut must agree with the
/// character-by-character rewrite on every input, including the characters it must not pass.
/// </summary>
public sealed class MarkdownTextFastPathTests
{
    // Letters, spaces of every kind, each Markdown-significant ASCII character, list-marker shapes,
    // link starts, controls, bidi overrides and surrogates (paired and lone).
    private const string Alphabet =
        "abwWxyz019 .,;:!?'\"()/#-+=_*`~^$[]<>&|{}\\%\t\n\r\u000B\u000C\u0085\u2028\u2029\u00A0\u2003\u0001\u007F\u0090\u202A\u202E\u2066\u2019\u201C\u201D\u2014\uD83D\uDE00";

    [Fact]
    public void The_shortcut_agrees_with_the_rewrite_on_any_text()
    {
        // Mostly plain letters and spaces, so that many texts take the shortcut and a few characters decide.
        var character = Gen.Frequency((6, Gen.Elements("abc DEF ".ToCharArray())), (1, Gen.Elements(Alphabet.ToCharArray())));
        var text = Gen.ArrayOf(character).Select(chars => new string(chars));
        Prop.ForAll(text.ToArbitrary(), s => MarkdownText.Escape(s) == MarkdownText.Rewrite(s))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Theory]
    [InlineData("Governor Ada Finch said the bridge would reopen")]
    [InlineData("1. first")]
    [InlineData("Mr. Smith")]
    [InlineData("see www.example.org")]
    [InlineData("ratio a:b and a::b")]
    [InlineData("two  spaces")]
    [InlineData(" leading")]
    [InlineData("trailing\u00A0")]
    [InlineData("file_name_2.txt")]
    [InlineData("- item")]
    public void Plain_and_tricky_texts_escape_as_the_rewrite_does(string text)
    {
        Assert.Equal(MarkdownText.Rewrite(text), MarkdownText.Escape(text));
    }

    [Fact]
    public void Plain_text_comes_back_as_the_same_string()
    {
        const string plain = "Governor Ada Finch said 12 homes were lost, officials said (Tuesday).";

        Assert.Same(plain, MarkdownText.Escape(plain));
    }
}

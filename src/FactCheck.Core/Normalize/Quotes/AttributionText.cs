using System.Text;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>A word or punctuation mark of the text around a quotation, with its offsets.</summary>
public sealed record WordToken(string Text, int Start, int End)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public string Lower => Text.ToLowerInvariant();

    /// <summary>The word without a possessive ending ("Peskov’s" → "Peskov").</summary>
    public string Bare => IsPossessive ? Text[..^2] : Text;

    public bool IsPossessive => Text.Length > 2 && (Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("\u2019s", StringComparison.Ordinal));
}

/// <summary>
/// The text the attribution rules read: the source's analysis view with Markdown link and emphasis
/// syntax blanked ("[wrote](#)" reads as "wrote"), same length so offsets stay file offsets, and a
/// tokenizer that reads words and punctuation between two offsets, skipping quoted passages.
/// </summary>
public sealed class AttributionText
{
    public AttributionText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Value = BlankMarkup(text);
    }

    public string Value { get; }

    /// <summary>Words and punctuation in [start, end), leaving out every span in <paramref name="skip"/>.</summary>
    public IReadOnlyList<WordToken> Tokens(int start, int end, IReadOnlyList<TextSpan> skip)
    {
        var tokens = new List<WordToken>();
        start = Math.Clamp(start, 0, Value.Length);
        end = Math.Clamp(end, start, Value.Length);
        var i = start;
        while (i < end)
        {
            var hole = skip.FirstOrDefault(s => s.Start <= i && i < s.End);
            if (hole.Length > 0)
            {
                tokens.Add(new WordToken("\u201C\u201D", hole.Start, hole.End)); // a quotation stands here
                i = hole.End;
                continue;
            }

            var c = Value[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && IsInWord(Value, j))
                {
                    j++;
                }

                // Keep the final dot of an abbreviation such as "U.S." or "Gen.".
                if (j < end && Value[j] == '.' && LooksAbbreviated(Value, i, j))
                {
                    j++;
                }

                tokens.Add(new WordToken(Value[i..j], i, j));
                i = j;
                continue;
            }

            tokens.Add(new WordToken(c.ToString(), i, i + 1));
            i++;
        }

        return tokens;
    }

    private static bool IsInWord(string text, int j)
    {
        var c = text[j];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        // Inner apostrophes, hyphens and dots ("Peskov’s", "Russian-installed", "U.S").
        return c is '\'' or '\u2019' or '-' or '.' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]);
    }

    private static bool LooksAbbreviated(string text, int start, int dot)
    {
        var word = text[start..dot];
        return word.Contains('.', StringComparison.Ordinal)
            || (word.Length <= 4 && char.IsUpper(word[0]) && QuoteLexicon.IsTitle(word + "."));
    }

    private static string BlankMarkup(string text)
    {
        var sb = new StringBuilder(text);
        for (var i = 0; i < sb.Length; i++)
        {
            switch (sb[i])
            {
                case '*' or '_' when i + 1 < sb.Length && sb[i + 1] == sb[i]:
                    sb[i] = ' ';
                    sb[i + 1] = ' ';
                    i++;
                    break;
                case '[':
                    var close = text.IndexOf(']', i);
                    if (close > i && close - i < 200 && !text.AsSpan(i, close - i).Contains('\n'))
                    {
                        sb[i] = ' ';
                        sb[close] = ' ';
                        if (close + 1 < text.Length && text[close + 1] == '(')
                        {
                            var paren = text.IndexOf(')', close + 1);
                            if (paren > close && paren - close < 400)
                            {
                                for (var k = close + 1; k <= paren; k++)
                                {
                                    if (sb[k] != '\n')
                                    {
                                        sb[k] = ' ';
                                    }
                                }
                            }
                        }
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}

using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whose prize a sum of money is, by the cue nearest it in its clause (Data/quantity-prize-cues.txt): the winner's ("the
/// £500,000 winner's cheque", "pocketed a £600,000 jackpot", "worth £200,000 to the winner"), the runner-up's, or the whole
/// fund's. Sports reports tell the winner's prize in words that share little else; the role says they are one fact.
/// Null for a sum with no such cue.
/// </summary>
internal static partial class PrizeRecipient
{
    private static readonly (string Role, string Phrase, bool Verb)[] Cues = [.. Lexicon.Entries("quantity-prize-cues")
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
        .Select(parts => (parts[0], parts[1], parts.Length > 2 && parts[2] == "verb"))];

    // How far from the sum a cue is read, in characters, within the clause.
    private const int Reach = 60;

    public static string? Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!UnitLexicon.IsCurrency(figure.Quantity.Unit) || ClaimPlace.In(figure) is not (>= 0 and var at))
        {
            return null;
        }

        var sentence = figure.Sentence.Text;
        var end = at + figure.Text.Length;
        var from = ClauseStart(sentence, at);
        var to = ClauseEnd(sentence, end);
        string? role = null;
        var best = int.MaxValue;
        var byNoun = false;
        foreach (var (cueRole, phrase, verb) in Cues)
        {
            for (var k = sentence.IndexOf(phrase, from, to - from, StringComparison.OrdinalIgnoreCase); k >= 0 && k + phrase.Length <= to;
                k = k + 1 < to ? sentence.IndexOf(phrase, k + 1, to - k - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if ((k > 0 && char.IsLetter(sentence[k - 1])) || (k + phrase.Length < sentence.Length && char.IsLetter(sentence[k + phrase.Length])))
                {
                    continue; // inside another word
                }

                // A noun of a role outranks any verb; among cues of one rank the nearest wins. A cue nearer another sum is its.
                var distance = Distance(k, k + phrase.Length, at, end);
                if (NearerAnotherSum(sentence, from, to, at, k, k + phrase.Length, distance))
                {
                    continue;
                }

                if ((!verb && !byNoun) || (verb == !byNoun && distance < best))
                {
                    (role, best, byNoun) = (cueRole, distance, !verb);
                }
            }
        }

        return role;
    }

    private static int Distance(int cueStart, int cueEnd, int at, int end) => cueStart >= end ? cueStart - end : Math.Max(0, at - cueEnd);

    private static bool NearerAnotherSum(string sentence, int from, int to, int at, int cueStart, int cueEnd, int distance)
    {
        foreach (var sum in Sum().EnumerateMatches(sentence.AsSpan(from, to - from)))
        {
            var start = from + sum.Index;
            if (start != at && Distance(cueStart, cueEnd, start, start + sum.Length) < distance)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[£$€]\s?\d[\d,.]*")]
    private static partial Regex Sum();

    private static int ClauseStart(string sentence, int at)
    {
        var from = Math.Max(0, at - Reach);
        for (var k = at - 1; k >= from; k--)
        {
            if (IsBreak(sentence, k))
            {
                return k + 1;
            }
        }

        return from;
    }

    private static int ClauseEnd(string sentence, int end)
    {
        var to = Math.Min(sentence.Length, end + Reach);
        for (var k = end; k < to; k++)
        {
            if (IsBreak(sentence, k))
            {
                return k;
            }
        }

        return to;
    }

    // A semicolon, a dash between spaces, or a comma: each may open another's sum ("£500,000 to the winner, £200,000 to the runner-up").
    private static bool IsBreak(string sentence, int k) =>
        sentence[k] is ';' or '—' or '–' or ',' || (sentence[k] == '-' && k > 0 && sentence[k - 1] == ' ' && k + 1 < sentence.Length && sentence[k + 1] == ' ');
}

using System.Globalization;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// The ages a sentence names people by ("The 29-year-old …", "A 41-year-old man …"). Two sentences that each name someone
/// only by ages the other does not give speak of different people: "The 29-year-old was charged on Friday" and "A
/// 41-year-old man appeared before magistrates on Saturday" give the days of two things.
/// </summary>
internal static class PersonAges
{
    private const string Suffix = "-year-old";

    /// <summary>The ages written "N-year-old" in <paramref name="claim"/>'s sentence.</summary>
    public static IReadOnlySet<int> Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Sentence.Text;
        HashSet<int>? ages = null;
        for (var at = text.IndexOf(Suffix, StringComparison.OrdinalIgnoreCase); at > 0; at = text.IndexOf(Suffix, at + Suffix.Length, StringComparison.OrdinalIgnoreCase))
        {
            var start = at;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            if (start < at && int.TryParse(text.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture, out var age))
            {
                (ages ??= []).Add(age);
            }
        }

        return ages ?? None;
    }

    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    /// <summary>Whether both sentences name people by age and share no age.</summary>
    public static bool Differ(IReadOnlySet<int> a, IReadOnlySet<int> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b);
}

using System.Globalization;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// An interval stated in words or signs: "between 20 and 30", "more than 30", "up to 700",
/// "200 or more", "20-30". A missing end is open ("more than 30" has no High).
/// </summary>
/// <param name="Span">The whole statement, comparator words included.</param>
/// <param name="Low">The low end; null when open.</param>
/// <param name="LowClosed">Whether Low itself is allowed.</param>
/// <param name="High">The high end; null when open.</param>
/// <param name="HighClosed">Whether High itself is allowed.</param>
/// <param name="Values">The spans of the numbers inside, in order.</param>
public sealed record NumberRange(TextSpan Span, decimal? Low, bool LowClosed, decimal? High, bool HighClosed, IReadOnlyList<TextSpan> Values)
{
    /// <summary>Written as "between A and B", "from A to B" or "A-B": two numbers, as opposed to one bounded number.</summary>
    public bool TwoSided { get; init; }

    /// <summary>The interval in the suite's notation: "[20,30)", "(30,)", "(,100]".</summary>
    public string Notation =>
        (LowClosed ? "[" : "(") + Format(Low) + "," + Format(High) + (HighClosed ? "]" : ")");

    private static string Format(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "";
}

using System.Globalization;
using System.Text;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Canonicalize;

/// <summary>
/// Folds a <see cref="CanonicalForm"/> into keys comparers can group by: lower case, punctuation
/// dropped, articles dropped, white space folded. Two sources that say the same thing about the
/// same subject get the same <see cref="Topic"/>; their <see cref="Value"/>s may then be compared.
/// </summary>
public static class CanonicalKey
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    /// <summary>What the claim is about, without its number or time: "subject|predicate|object|unit".</summary>
    public static string Topic(CanonicalForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return string.Join('|', Fold(form.Subject), Fold(form.Predicate), Fold(form.Object), Fold(form.Unit));
    }

    /// <summary>
    /// True when both claims have canonical forms that count the same thing ("captives" and
    /// "prisoners" both canonical "prisoner"). Meant as an extra way for a comparer to find two
    /// claims comparable, on top of its own rules — never as the only one, so a missing or bad
    /// canonical form can only cost an alignment the rules would not have made anyway.
    /// </summary>
    public static bool SameUnit(CanonicalForm? a, CanonicalForm? b) =>
        a is not null && b is not null && Fold(a.Unit) is { Length: > 0 } unit && unit == Fold(b.Unit);

    /// <summary>True when both claims have canonical forms about the same thing (equal <see cref="Topic"/>, not all empty).</summary>
    public static bool SameTopic(CanonicalForm? a, CanonicalForm? b) =>
        a is not null && b is not null && Topic(a) is var topic && topic != "|||" && topic == Topic(b);

    /// <summary>The stated number as a decimal, when there is one and it parses.</summary>
    public static decimal? Value(CanonicalForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return decimal.TryParse(form.Value?.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Lower-cases, keeps letters, digits, '%' and '.', drops articles, folds white space.</summary>
    public static string Fold(string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return "";
        }

        var sb = new StringBuilder(part.Length);
        foreach (var ch in part.ToLowerInvariant())
        {
            sb.Append(char.IsLetterOrDigit(ch) || ch is '%' or '.' ? ch : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Articles.Contains(w));
        return string.Join(' ', words);
    }
}

using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Which end of a sequence a count is told of: "the first four sets", "the last two sets", "the final three laps". Such a
/// count is a stretch of the whole, one fact only with a count of the same end ("the closing two sets" is "the last two").
/// Null for a count of no end.
/// </summary>
internal static class SequencePart
{
    private static readonly Dictionary<string, string> Ends = new(StringComparer.Ordinal)
    {
        ["first"] = "first", ["opening"] = "first", ["initial"] = "first",
        ["last"] = "last", ["final"] = "last", ["closing"] = "last", ["past"] = "last",
        ["next"] = "next", ["following"] = "next", ["coming"] = "next",
    };

    public static string? Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Quantity.Counted is not null && ClaimPlace.In(figure) is var at && at > 0
            && TextScan.PreviousWord(figure.Sentence.Text, at) is { } before && Ends.TryGetValue(before.Word, out var end)
                ? end
                : null;
    }
}

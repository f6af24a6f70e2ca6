using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Support;

/// <summary>
/// Generated text for property tests of pre-checks: chosen pieces joined by spaces, the same run
/// together (so that a piece can hide inside a longer word), or an arbitrary string.
/// </summary>
internal static class PieceText
{
    public static Arbitrary<string> From(IReadOnlyList<string> pieces) =>
        Gen.OneOf(
            Gen.Elements(pieces.ToArray()).ListOf().Select(words => string.Join(" ", words)),
            Gen.Elements(pieces.ToArray()).ListOf().Select(words => string.Concat(words)),
            ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")).ToArbitrary();
}

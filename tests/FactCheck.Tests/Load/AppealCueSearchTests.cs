using FactCheck.Core.Data;
using FactCheck.Core.Load;
using FsCheck;
using FsCheck.Fluent;

namespace FactCheck.Tests.Load;

/// <summary>
/// The one-look search for appeal cues counts exactly what asking for each cue in turn counts:
/// on lines built from pieces of cues, changed case, other words and stray characters.
/// </summary>
public sealed class AppealCueSearchTests
{
    private static readonly IReadOnlyList<string> Cues = Lexicon.Entries("load-appeal-cues");

    private static int Reference(string line) => Cues.Count(c => line.Contains(c, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Counts_what_asking_each_cue_in_turn_counts()
    {
        var piece = Gen.OneOf(
            Gen.Elements(Cues.ToArray()),
            Gen.Elements(Cues.ToArray()).Select(c => c.ToUpperInvariant()),
            Gen.Elements(Cues.ToArray()).Select(c => c[..Math.Max(1, c.Length - 1)]),
            Gen.Elements(Cues.ToArray()).Select(c => c[1..]),
            Gen.Elements("the", "council", "said", "we", "you", " ", ", ", "İ", "ß", "\u00A0", "K", "\u212A"),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));
        var line = piece.ListOf().Select(p => string.Join(" ", p));
        Prop.ForAll(line.ToArbitrary(), l => BoilerplateDetector.AppealCueCount(l) == Reference(l))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_line_with_cues_is_counted_and_one_without_is_not()
    {
        Assert.True(Cues.Count > 3);
        Assert.Equal(0, BoilerplateDetector.AppealCueCount("The river rose by two metres on Monday."));
        Assert.Equal(Reference(Cues[0] + " and " + Cues[1]), BoilerplateDetector.AppealCueCount(Cues[0] + " and " + Cues[1]));
        Assert.True(BoilerplateDetector.AppealCueCount(Cues[0].ToUpperInvariant()) >= 1);
    }
}

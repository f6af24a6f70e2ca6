using FactCheck.Core.Cache;
using FactCheck.Core.Claims;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Cache;

/// <summary>
/// A claim kind the cache has never heard of, with the shapes future kinds may use: positional and
/// nested records, an abstract member with several kinds below it, lists, dictionaries, enums,
/// tuples, NaN, dates and computed properties. It must be stored and read back with no registration.
/// </summary>
public sealed class ClaimCodecShapesTests
{
    public enum Stance
    {
        Neutral,
        Denies,
    }

    public abstract record Actor(string Name);

    public sealed record Person(string Name, int? Age) : Actor(Name);

    public sealed record Body(string Name, IReadOnlyList<string> Members) : Actor(Name);

    public sealed record Score(double Value, (int Low, int High) Window);

    public sealed record ProbeClaim : Claim
    {
        public required Actor Who { get; init; }

        public IReadOnlyList<Actor> Others { get; init; } = [];

        public IReadOnlyDictionary<string, Stance> Stances { get; init; } = new Dictionary<string, Stance>();

        public Score? Confidence { get; init; }

        public DateOnly? On { get; init; }

        public decimal Amount { get; init; }

        public bool HasOthers => Others.Count > 0;

        public override ClaimKind Kind => ClaimKind.Event;

        public override char IdPrefix => 'p';

        public override IEnumerable<KeyValuePair<string, object?>> ReportFields()
        {
            yield return new("who", Who.ToString());
        }

        public override string Describe() => Who.Name;
    }

    private static ProbeClaim Probe(double confidence) => new()
    {
        SourceId = "wire.txt",
        Span = new TextSpan(4, 19),
        Text = "the port council",
        Sentence = new Sentence(0, new TextSpan(0, 40), "So the port council denied the report."),
        Canonical = new CanonicalForm("port council", "deny", "report", null, null, null, null),
        Who = new Body("port council", ["Ada Roe", "Ben Sato"]),
        Others = [new Person("Ada Roe", 51), new Person("Cal Ibe", null)],
        Stances = new Dictionary<string, Stance> { ["Ada Roe"] = Stance.Denies, ["Cal Ibe"] = Stance.Neutral },
        Confidence = new Score(confidence, (2, 7)),
        On = new DateOnly(2024, 2, 29),
        Amount = 0.1000000000000000000000000001m,
    };

    [Theory]
    [InlineData(0.75)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_new_kind_round_trips_without_registration(double confidence)
    {
        var codec = new ClaimCodec(typeof(Claim).Assembly, typeof(ProbeClaim).Assembly);
        var original = Probe(confidence);

        var stored = codec.Encode([original]);
        var back = Assert.IsType<ProbeClaim>(Assert.Single(codec.Decode(stored)));

        Assert.Equal(stored, codec.Encode([back]));
        Assert.Equal(original.Who.GetType(), back.Who.GetType());
        Assert.Equal(((Body)original.Who).Members, ((Body)back.Who).Members);
        Assert.Equal(original.Others, back.Others);
        Assert.Equal(original.Stances, back.Stances);
        Assert.Equal(original.Confidence, back.Confidence);
        Assert.Equal(original.Amount, back.Amount);
        Assert.Equal(original with { Who = back.Who, Others = back.Others, Stances = back.Stances }, back);
        Assert.True(back.HasOthers);
    }
}

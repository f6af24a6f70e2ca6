using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Quantities;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class QuantityComparerTests
{
    private const string A = "The storm damaged {0} homes in the northern district, officials said on Monday.";
    private const string B = "Officials said {0} homes were damaged in the northern district by the storm.";

    /// <summary>Each row: how source A states the number, how source B states it, and the expected verdict.</summary>
    public static TheoryData<string, Quantity, string, Quantity, FindingKind> Pairs() => new()
    {
        { "12,000", Quantity.Of(12000, "home"), "15,000", Quantity.Of(15000, "home"), FindingKind.Conflict },
        { "12,000", Quantity.Of(12000, "home"), "12,000", Quantity.Of(12000, "home"), FindingKind.Agreement },
        { "about 6,000", new Quantity(6000, 6000, "home", Approximate: true), "6,000", Quantity.Of(6000, "home"), FindingKind.Agreement },
        { "nearly 6,000", new Quantity(6000, 6000, "home", Approximate: true), "5,700", Quantity.Of(5700, "home"), FindingKind.Agreement },
        { "more than 300", new Quantity(300, 300, "home", Bound: Bound.Above), "320", Quantity.Of(320, "home"), FindingKind.Agreement },
        { "more than 300", new Quantity(300, 300, "home", Bound: Bound.Above), "250", Quantity.Of(250, "home"), FindingKind.Conflict },
        { "up to 500", new Quantity(500, 500, "home", Bound: Bound.AtMost), "450", Quantity.Of(450, "home"), FindingKind.Agreement },
        { "between 20 and 30", new Quantity(20, 30, "home"), "25", Quantity.Of(25, "home"), FindingKind.Agreement },
        { "between 20 and 30", new Quantity(20, 30, "home"), "45", Quantity.Of(45, "home"), FindingKind.Conflict },
        { "hundreds of", new Quantity(200, 999, "home", Approximate: true), "more than 400", new Quantity(400, 400, "home", Bound: Bound.Above), FindingKind.Agreement },
        { "thousands of", new Quantity(2000, 9999, "home", Approximate: true), "about 30,000", new Quantity(30000, 30000, "home", Approximate: true), FindingKind.Conflict },

        // Two hedged figures share one allowance: each may stray half of it, so they do not meet in the middle.
        { "about 24", new Quantity(24, 24, "home", Approximate: true), "roughly 29", new Quantity(29, 29, "home", Approximate: true), FindingKind.Conflict },
        { "about 24", new Quantity(24, 24, "home", Approximate: true), "nearly 25", new Quantity(25, 25, "home", Approximate: true), FindingKind.Agreement },
        { "about 24", new Quantity(24, 24, "home", Approximate: true), "26", Quantity.Of(26, "home"), FindingKind.Agreement },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Judges_the_same_fact_by_the_intervals_its_statements_allow(string textA, Quantity a, string textB, Quantity b, FindingKind expected)
    {
        var sa = Source("a.txt", string.Format(System.Globalization.CultureInfo.InvariantCulture, A, textA));
        var sb = Source("b.txt", string.Format(System.Globalization.CultureInfo.InvariantCulture, B, textB));
        var cluster = Cluster((sa, [QuantityAt(sa, textA, a)]), (sb, [QuantityAt(sb, textB, b)]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(expected, finding.Kind);
        Assert.Equal(2, finding.SourceIds.Count);
    }

    /// <summary>
    /// Each row: a figure in one unit, the same fact in another unit of its kind, and the verdict. A
    /// conversion rounded as writers round it agrees; a figure outside that rounding conflicts.
    /// </summary>
    public static TheoryData<string, Quantity, string, Quantity, FindingKind> Conversions() => new()
    {
        { "120 mph", Quantity.Of(120, "mph"), "193 km/h", Quantity.Of(193, "km/h"), FindingKind.Agreement },
        { "130 mph", Quantity.Of(130, "mph"), "193 km/h", Quantity.Of(193, "km/h"), FindingKind.Conflict },
        { "up to 18 inches", new Quantity(18, 18, "inch", Bound: Bound.AtMost), "up to 45 cm", new Quantity(45, 45, "cm", Bound: Bound.AtMost), FindingKind.Agreement },
        { "3 feet", Quantity.Of(3, "ft"), "1 metre", Quantity.Of(1, "m"), FindingKind.Agreement },
        { "100 mph", Quantity.Of(100, "mph"), "200 km/h", Quantity.Of(200, "km/h"), FindingKind.Conflict },
        { "10,000 acres", Quantity.Of(10000, "acre"), "4,000 hectares", Quantity.Of(4000, "ha"), FindingKind.Agreement },
        { "10,000 acres", Quantity.Of(10000, "acre"), "6,000 hectares", Quantity.Of(6000, "ha"), FindingKind.Conflict },
        { "104 °F", Quantity.Of(104, "°F"), "40 °C", Quantity.Of(40, "°C"), FindingKind.Agreement },
        { "104 °F", Quantity.Of(104, "°F"), "45 °C", Quantity.Of(45, "°C"), FindingKind.Conflict },
        { "111 °F", Quantity.Of(111, "°F"), "43.1 °C", Quantity.Of(43.1m, "°C"), FindingKind.Conflict },
        { "two years", Quantity.Of(2, "year"), "24 months", Quantity.Of(24, "month"), FindingKind.Agreement },
        { "four decades", Quantity.Of(4, "decade"), "40 years", Quantity.Of(40, "year"), FindingKind.Agreement },

        // A "ton" may be a US ton (907 kg), a British one (1,016 kg) or a metric tonne.
        { "5,012 tons", Quantity.Of(5012, "ton"), "4,547 tonnes", Quantity.Of(4547, "t"), FindingKind.Agreement },
        { "5,000 tons", Quantity.Of(5000, "ton"), "5,080 tonnes", Quantity.Of(5080, "t"), FindingKind.Agreement },
        { "5,012 tons", Quantity.Of(5012, "ton"), "4,100 tonnes", Quantity.Of(4100, "t"), FindingKind.Conflict },
        { "5,012 short tons", Quantity.Of(5012, "short ton"), "5,012 tonnes", Quantity.Of(5012, "t"), FindingKind.Conflict },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Compares_figures_in_two_units_of_one_kind_after_conversion(string textA, Quantity a, string textB, Quantity b, FindingKind expected)
    {
        var sa = Source("a.txt", $"The storm brought {textA} to the northern district, forecasters said.");
        var sb = Source("b.txt", $"Forecasters said the storm brought {textB} to the northern district.");
        var cluster = Cluster((sa, [QuantityAt(sa, textA, a)]), (sb, [QuantityAt(sb, textB, b)]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster));

        Assert.Equal(expected, finding.Kind);
        Assert.Equal(2, finding.SourceIds.Count);
    }

    [Fact]
    public void Synonyms_are_compared_exactly_with_no_allowance_for_conversion()
    {
        var sa = Source("a.txt", "The carmaker delivered 412,000 vehicles in the quarter.");
        var sb = Source("b.txt", "Deliveries reached 421,000 cars in the quarter.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "412,000 vehicles", Quantity.Of(412000, "vehicle") with { Counted = "vehicles" })]),
            (sb, [QuantityAt(sb, "421,000 cars", Quantity.Of(421000, "car") with { Counted = "cars" })]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster));

        Assert.Equal(FindingKind.Conflict, finding.Kind);
        Assert.DoesNotContain(" is ", finding.Explanation, StringComparison.Ordinal); // no conversion to speak of
    }

    [Theory]
    [InlineData("The storm brought winds of {0} to the coast.", 130, "mph", "130 mph", 193, "km/h", "193 km/h", Severity.Medium, "130 mph is 209.21 km/h")]
    [InlineData("The freighter spilled {0} of fuel oil.", 5000, "ton", "5,000 tons", 3000, "t", "3,000 tonnes", Severity.High, "5,000 ton is 4,535.92–5,080.23 t")] // a unit of several sizes: the span
    public void A_conflict_across_units_says_what_one_figure_converts_to(string sentence, int valueA, string unitA, string textA, int valueB, string unitB, string textB, Severity severity, string says)
    {
        var sa = Source("a.txt", string.Format(CultureInfo.InvariantCulture, sentence, textA));
        var sb = Source("b.txt", string.Format(CultureInfo.InvariantCulture, sentence, textB));
        var cluster = Cluster(
            (sa, [QuantityAt(sa, textA, Quantity.Of(valueA, unitA))]),
            (sb, [QuantityAt(sb, textB, Quantity.Of(valueB, unitB))]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster));

        Assert.Equal(FindingKind.Conflict, finding.Kind);
        Assert.Equal(severity, finding.Severity);
        Assert.Contains(says, finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void One_counted_noun_does_not_tie_counts_of_another_order()
    {
        // Both sentences count animals, but a park's whole stock and a breeding programme's members are two things.
        var sa = Source("a.txt", "The park, which cares for more than 900 animals, said staff would monitor the calf closely.");
        var sb = Source("b.txt", "The calf is one of 37 animals in a regional breeding programme spread across 19 zoos.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "more than 900 animals", new Quantity(900, 900, "animal", Bound: Bound.Above) with { Counted = "animals" })]),
            (sb, [QuantityAt(sb, "37 animals", Quantity.Of(37, "animal") with { Counted = "animals" })]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void Two_figures_right_before_one_noun_measure_one_thing()
    {
        // Only "satellite" is shared: the figure standing before it names what it measures, as a counted noun does.
        var sa = Source("a.txt", "The rocket had been due to carry the 312-kilogram (688-pound) Heron-2 satellite into orbit on Tuesday.");
        var sb = Source("b.txt", "The 412 kg satellite is the largest the company has built.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "312-kilogram", Quantity.Of(312, "kg"))]),
            (sb, [QuantityAt(sb, "412 kg", Quantity.Of(412, "kg"))]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);

        Assert.Equal(["a.txt", "b.txt"], finding.SourceIds);
    }

    [Fact]
    public void A_sources_only_measure_of_a_thing_is_one_fact_with_anothers_in_any_unit_of_its_kind()
    {
        // The sentences share almost nothing but the chair: its only fall in each report, once in feet, once in metres.
        var sa = Source("a.txt", "Patrollers worked through the afternoon to lower stranded riders from the lift after a chair fell roughly 30 feet to the snow, leaving seven people injured.");
        var sb = Source("b.txt", "The chair dropped roughly 15 meters after separating from the haul rope near Tower 6, according to the safety board.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "roughly 30 feet", new Quantity(30, 30, "ft", Approximate: true))]),
            (sb, [QuantityAt(sb, "roughly 15 meters", new Quantity(15, 15, "m", Approximate: true))]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);

        Assert.Equal(["a.txt", "b.txt"], finding.SourceIds);
    }

    [Theory]
    [InlineData("Five riders were injured, according to the resort's incident report.", "Five riders", "rider", "Seven people were hurt on Tuesday when a chair came off the lift.", "Seven people", true)]
    [InlineData("Three guests are still in hospital.", "Three guests", "guest", "Nine people were treated in hospital, the agency said.", "Nine people", false)]
    public void Counts_of_the_injured_or_dead_named_by_two_nouns_are_one_fact(string textA, string figureA, string unitA, string textB, string figureB, bool conflict)
    {
        // Death and injury befall beings and are told once a story; other fates ("in hospital") may be two counts.
        var sa = Source("a.txt", textA);
        var sb = Source("b.txt", textB);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, figureA, Quantity.Of(figureA.StartsWith("Five", StringComparison.Ordinal) ? 5 : 3, unitA) with { Counted = unitA + "s" })]),
            (sb, [QuantityAt(sb, figureB, Quantity.Of(figureB.StartsWith("Seven", StringComparison.Ordinal) ? 7 : 9, "person") with { Counted = "people" })]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The terrier was crowned best in show last night, beating six other group winners in a packed ring.", false)] // "other" after the number
    [InlineData("The terrier was crowned best in show last night, beating six group winners in a packed ring.", true)]
    public void Others_counted_beside_one_are_no_rival_to_all(string textB, bool conflict)
    {
        var findings = FindingsOf("The judge brought all seven group winners back into the ring before the terrier was crowned best in show.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Summary.Contains("winner", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Thieves made off with twenty-seven priceless Roman coins in an overnight raid on the museum.", true)] // "Roman" in both
    [InlineData("Thieves made off with twenty-seven priceless Greek coins in an overnight raid on the museum.", false)] // only "coins"
    public void Counts_of_one_noun_sharing_a_word_before_it_are_one_thing(string textB, bool conflict)
    {
        var findings = FindingsOf("Police said thieves stole 37 Roman silver coins from the town museum early on Saturday.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Summary.Contains("coin", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The resort reopened its other 11 lifts on Wednesday.", false)]
    [InlineData("The resort reopened the remaining 11 lifts on Wednesday.", false)]
    [InlineData("The resort reopened all 11 lifts on Wednesday.", true)]
    public void What_is_left_is_no_rival_to_a_count_of_all(string textB, bool conflict)
    {
        var sa = Source("a.txt", "The Summit Express is one of 12 lifts at the resort, which reopened on Wednesday.");
        var sb = Source("b.txt", textB);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "12 lifts", Quantity.Of(12, "lift") with { Counted = "lifts" })]),
            (sb, [QuantityAt(sb, "11 lifts", Quantity.Of(11, "lift") with { Counted = "lifts" })]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The council received 212 letters of support for the scheme, officers said.", false)]
    [InlineData("The council received 212 letters of objection to the scheme, officers said.", true)]
    [InlineData("The council received 212 letters about the scheme, officers said.", true)]
    public void Counts_of_one_noun_of_two_kinds_are_two_facts(string textB, bool conflict)
    {
        var sa = Source("a.txt", "The council had received more than 1,900 letters of objection to the scheme, officers said.");
        var sb = Source("b.txt", textB);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "more than 1,900 letters", new Quantity(1900, 1900, "letter", Bound: Bound.Above) with { Counted = "letters" })]),
            (sb, [QuantityAt(sb, "212 letters", Quantity.Of(212, "letter") with { Counted = "letters" })]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The city's proposed budget for the coming fiscal year includes $1.1 million for cybersecurity.", false)]
    [InlineData("The city spent $1.1 million on cybersecurity last fiscal year, budget documents show.", true)]
    public void Figures_of_two_fiscal_years_are_two_facts(string textB, bool conflict)
    {
        var sa = Source("a.txt", "The city spent $640,000 on cybersecurity last fiscal year, according to budget documents.");
        var sb = Source("b.txt", textB);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "$640,000", Quantity.Of(640000, "USD"))]),
            (sb, [QuantityAt(sb, "$1.1 million", Quantity.Of(1100000, "USD"))]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void Two_shares_before_one_noun_are_not_tied_by_it()
    {
        // "a 3% rise" and "a 5% rise" are often two rises (prices, wages): the noun alone does not make them one.
        var sa = Source("a.txt", "Staff at the depot will get a 3% rise from next month under the deal agreed on Tuesday.");
        var sb = Source("b.txt", "Drivers were offered a 5% rise, the largest the company has made.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "3%", Quantity.Of(3, "%"))]),
            (sb, [QuantityAt(sb, "5%", Quantity.Of(5, "%"))]));

        Assert.DoesNotContain(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void One_counted_noun_still_ties_counts_of_one_order()
    {
        var sa = Source("a.txt", "The park, which cares for more than 900 animals, said staff would monitor the calf closely.");
        var sb = Source("b.txt", "The calf is one of 300 animals in a regional breeding programme spread across 19 zoos.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "more than 900 animals", new Quantity(900, 900, "animal", Bound: Bound.Above) with { Counted = "animals" })]),
            (sb, [QuantityAt(sb, "300 animals", Quantity.Of(300, "animal") with { Counted = "animals" })]));

        Assert.Contains(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void Currencies_and_counted_things_never_convert()
    {
        var sa = Source("a.txt", "The storm cost $5 million and damaged 300 homes in the district.");
        var sb = Source("b.txt", "The storm cost €5 million and damaged 300 houses in the district.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "$5 million", Quantity.Of(5_000_000, "USD"))]),
            (sb, [QuantityAt(sb, "€5 million", Quantity.Of(5_000_000, "EUR"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.All(findings, f => Assert.Equal(FindingKind.SingleSource, f.Kind));
    }

    [Fact]
    public void Two_figures_of_one_sentence_align_by_the_words_leading_up_to_each()
    {
        // Without every figure's own words left out of its sentence, "kilometres" against "km" decided
        // which of c's two distances met a's depth.
        var sa = Source("a.txt", "The quake hit at a depth of 10 kilometres, about 60 km south-west of the city.");
        var sc = Source("c.txt", "The epicentre was about 60 kilometres south-west of the city at a depth of 35 km.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "10 kilometres", Quantity.Of(10, "km")), QuantityAt(sa, "about 60 km", new Quantity(60, 60, "km", Approximate: true))]),
            (sc, [QuantityAt(sc, "about 60 kilometres", new Quantity(60, 60, "km", Approximate: true)), QuantityAt(sc, "35 km", Quantity.Of(35, "km"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(["10 kilometres", "35 km"], conflict.Claims.Select(c => c.Text).Order(StringComparer.Ordinal));
        var agreement = Assert.Single(findings, f => f.Kind == FindingKind.Agreement);
        Assert.All(agreement.Claims, c => Assert.Contains("60", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_and_its_conversion_align_on_the_counted_things_beside_them()
    {
        // The passengers and carriages of each sentence are context for its speed; their figures
        // ("312", "four") are not, and the same speed in another unit counts as the same figure.
        var sa = Source("a.txt", "The train, carrying 312 passengers and seven crew, was travelling at about 120 km/h when the last four carriages left the tracks.");
        var sb = Source("b.txt", "The train had 290 passengers on board and was going at 75 mph when five carriages derailed.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "312 passengers", Quantity.Of(312, "passenger") with { Counted = "passengers" }),
                QuantityAt(sa, "seven crew", Quantity.Of(7, "crew") with { Counted = "crew" }),
                QuantityAt(sa, "about 120 km/h", new Quantity(120, 120, "km/h", Approximate: true)),
                QuantityAt(sa, "four carriages", Quantity.Of(4, "carriage") with { Counted = "carriages" })]),
            (sb, [QuantityAt(sb, "290 passengers", Quantity.Of(290, "passenger") with { Counted = "passengers" }),
                QuantityAt(sb, "75 mph", Quantity.Of(75, "mph")),
                QuantityAt(sb, "five carriages", Quantity.Of(5, "carriage") with { Counted = "carriages" })]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        var speed = Assert.Single(findings, f => f.Claims.Any(c => c.Text == "75 mph"));
        Assert.Equal(FindingKind.Agreement, speed.Kind);
        Assert.Contains(speed.Claims, c => c.Text == "about 120 km/h");
    }

    [Fact]
    public void The_one_reading_each_source_gives_on_a_scale_is_one_fact()
    {
        var sa = Source("a.txt", "A magnitude 7.1 earthquake struck off the coast on Tuesday, killing at least 37 people and injuring hundreds.");
        var sb = Source("b.txt", "The death toll from Tuesday's 6.9-magnitude earthquake rose to 41 on Wednesday, the ministry said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "magnitude 7.1", Quantity.Of(7.1m, "magnitude"))]),
            (sb, [QuantityAt(sb, "6.9-magnitude", Quantity.Of(6.9m, "magnitude"))]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster));

        Assert.Equal(FindingKind.Conflict, finding.Kind);
        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Fact]
    public void Two_readings_in_one_source_are_aligned_by_their_words_alone()
    {
        // An aftershock is another reading: with two magnitudes in a source, context decides.
        var sa = Source("a.txt", "A magnitude 7.1 earthquake struck on Tuesday. A magnitude 5.2 aftershock followed an hour later.");
        var sb = Source("b.txt", "Residents fled their homes after the 6.9-magnitude quake, officials in the capital said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "magnitude 7.1", Quantity.Of(7.1m, "magnitude")), QuantityAt(sa, "magnitude 5.2", Quantity.Of(5.2m, "magnitude"))]),
            (sb, [QuantityAt(sb, "6.9-magnitude", Quantity.Of(6.9m, "magnitude"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.All(findings, f => Assert.Equal(FindingKind.SingleSource, f.Kind));
    }

    [Fact]
    public void The_same_minute_of_a_game_in_two_sources_is_one_moment()
    {
        // The sentences share hardly a word; the minute itself says it is the same moment.
        var sa = Source("a.txt", "The decisive moment came in the 78th minute, when the striker rose above two defenders.");
        var sb = Source("b.txt", "Ostrava were level until a towering header in the 78th minute restored their lead.");
        var sc = Source("c.txt", "The visitors had a man sent off in the 31st minute for a second booking.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "78th minute", Quantity.Of(78, "match minute"))]),
            (sb, [QuantityAt(sb, "78th minute", Quantity.Of(78, "match minute"))]),
            (sc, [QuantityAt(sc, "31st minute", Quantity.Of(31, "match minute"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        var moment = Assert.Single(findings, f => f.Kind == FindingKind.Agreement);
        Assert.Equal(2, moment.Claims.Count);
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Counts_of_the_missing_told_at_different_hours_are_two_readings(bool withHours)
    {
        var sa = Source("a.txt", withHours ? "Police said at noon that four people were still unaccounted for after the avalanche." : "Police said that four people were still unaccounted for after the avalanche.");
        var sb = Source("b.txt", withHours ? "Police said at 3 p.m. that one person was still unaccounted for after the avalanche." : "Police said that one person was still unaccounted for after the avalanche.");
        Claim[] a = withHours ? [QuantityAt(sa, "four people", Quantity.Of(4, "person")), TimeAt(sa, "noon", 720)] : [QuantityAt(sa, "four people", Quantity.Of(4, "person"))];
        Claim[] b = withHours ? [QuantityAt(sb, "one person", Quantity.Of(1, "person")), TimeAt(sb, "3 p.m.", 900)] : [QuantityAt(sb, "one person", Quantity.Of(1, "person"))];

        var findings = new QuantityComparer().Compare(Cluster((sa, a), (sb, b))).ToList();

        Assert.Equal(!withHours, findings.Exists(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void Numbers_of_different_things_are_not_one_fact()
    {
        var sa = Source("a.txt", "The storm damaged 12,000 homes in the northern district.");
        var sb = Source("b.txt", "The storm damaged 15,000 cars in the northern district.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "12,000", Quantity.Of(12000, "home"))]),
            (sb, [QuantityAt(sb, "15,000", Quantity.Of(15000, "car"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.All(findings, f => Assert.Equal(FindingKind.SingleSource, f.Kind));
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void Same_unit_in_unrelated_contexts_is_not_a_conflict()
    {
        var sa = Source("a.txt", "Ticket sales at the stadium reached 40% of capacity. The river flooded 12 villages.");
        var sb = Source("b.txt", "Turnout in the regional election was 65%. The bridge reopened.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "40%", Quantity.Of(40, "%"))]),
            (sb, [QuantityAt(sb, "65%", Quantity.Of(65, "%"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData(100, 101, Severity.Low)]
    [InlineData(100, 110, Severity.Medium)]
    [InlineData(12000, 15000, Severity.Medium)]
    [InlineData(1000, 1500, Severity.High)]
    public void Severity_grows_with_the_relative_difference(int a, int b, Severity expected)
    {
        var sa = Source("a.txt", $"The storm damaged {a} homes in the northern district.");
        var sb = Source("b.txt", $"The storm damaged {b} homes in the northern district.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, a.ToString(System.Globalization.CultureInfo.InvariantCulture), Quantity.Of(a, "home"))]),
            (sb, [QuantityAt(sb, b.ToString(System.Globalization.CultureInfo.InvariantCulture), Quantity.Of(b, "home"))]));

        var finding = Assert.Single(new QuantityComparer().Compare(cluster));

        Assert.Equal(FindingKind.Conflict, finding.Kind);
        Assert.Equal(expected, finding.Severity);
    }

    [Theory]
    [InlineData("Moor", FindingKind.Conflict)]
    [InlineData("Lang", FindingKind.SingleSource)]
    public void An_age_is_the_fact_of_the_person_named_before_it(string nameInB, FindingKind expected)
    {
        var sa = Source("a.txt", "Moor, 61, denied the charges and her lawyer said she would appeal the verdict.");
        var sb = Source("b.txt", $"{nameInB}, 62, has said she is innocent.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "61", Quantity.Of(61, "age"))]),
            (sb, [QuantityAt(sb, "62", Quantity.Of(62, "age"))]));

        Assert.Equal(expected, new QuantityComparer().Compare(cluster).First().Kind);
    }

    [Fact]
    public void Several_figures_in_one_sentence_align_by_the_words_that_lead_up_to_each()
    {
        var sa = Source("a.txt", "The Greens lead with 31% support, ahead of Labour on 28% and the Conservatives on 22%, a new poll found.");
        var sb = Source("b.txt", "A new poll put the Greens on 31%, Labour on 26% and the Conservatives on 22%.");
        QuantityClaim At(AnalyzedSource s, string text, decimal value, string after) => QuantityAt(s, text, Quantity.Of(value, "%"), after);
        var cluster = Cluster(
            (sa, [At(sa, "31%", 31, "with "), At(sa, "28%", 28, "Labour on "), At(sa, "22%", 22, "Conservatives on ")]),
            (sb, [At(sb, "31%", 31, "Greens on "), At(sb, "26%", 26, "Labour on "), At(sb, "22%", 22, "Conservatives on ")]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(["28%", "26%"], conflict.Claims.Select(c => c.Text));
        Assert.Equal(2, findings.Count(f => f.Kind == FindingKind.Agreement));
    }

    [Fact]
    public void A_figure_a_report_also_gives_is_no_rival_to_its_other_figure()
    {
        // A gives the sentence and the request; B's seven years share the request's words, but A does not deny them.
        var sa = Source("a.txt", "The court sentenced Rudd to seven years in prison. Prosecutors had asked for ten years.");
        var sb = Source("b.txt", "The seven-year term angered prosecutors, who had asked for a longer one.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "seven years", Quantity.Of(7, "year")), QuantityAt(sa, "ten years", Quantity.Of(10, "year"))]),
            (sb, [QuantityAt(sb, "seven-year", Quantity.Of(7, "year"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void A_vague_figure_beside_the_reports_exact_one_is_no_second_figure()
    {
        // A's headline "dozens" holds both 46 and B's 64; it is A's 46 told loosely, so A still denies the 64.
        var sa = Source("a.txt", "Dozens of homes evacuated after river floods\n\nOfficials ordered 46 homes along Mill Lane evacuated on Sunday.");
        var sb = Source("b.txt", "Sixty-four homes along Mill Lane were evacuated on Sunday, the council said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "Dozens of homes", new Quantity(20, 99, "home") { Approximate = true }), QuantityAt(sa, "46 homes", Quantity.Of(46, "home"))]),
            (sb, [QuantityAt(sb, "Sixty-four homes", Quantity.Of(64, "home"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Contains(conflict.Claims, c => c.Text == "46 homes");
    }

    [Theory]
    [InlineData(1500, true)] // far past B's "more than 400": no figure B would round down so
    [InlineData(700, false)] // within twice it: B's figure may be that one
    public void An_open_bound_stands_for_a_reports_other_figure_only_near_it(int other, bool conflict)
    {
        // A counts 260 cars at the forecourt and a larger number across the county; B's "more than 400" at the forecourt
        // denies A's 260 unless A's other figure is one B could mean.
        var sa = Source("a.txt", $"At the Brennan forecourt about 260 cars were left with dented roofs. Across the county about {other:N0} cars were damaged.");
        var sb = Source("b.txt", "Brennan said more than 400 vehicles on its forecourt had been damaged by the hail.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "about 260 cars", Quantity.Of(260, "car") with { Approximate = true }), QuantityAt(sa, $"about {other:N0} cars", Quantity.Of(other, "car") with { Approximate = true })]),
            (sb, [QuantityAt(sb, "more than 400 vehicles", new Quantity(400, 400, "car", Bound: Bound.Above))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData(14_700_000, false)] // nearly 3,000 times the other: another sum, not a misprint
    [InlineData(50_000, true)] // ten times: a slipped digit or scale
    public void Figures_more_than_ten_times_apart_are_never_one_fact(int other, bool conflict)
    {
        var sa = Source("a.txt", "The operator will pay £5,000 into the community fund for the wind farm every year.");
        var sb = Source("b.txt", $"The operator will pay £{other:N0} into the community fund for the wind farm over its life.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "£5,000", Quantity.Of(5000, "GBP"))]),
            (sb, [QuantityAt(sb, $"£{other:N0}", Quantity.Of(other, "GBP"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_report_with_neither_of_the_others_figures_still_conflicts()
    {
        var sa = Source("a.txt", "The court sentenced Rudd to seven years in prison. Prosecutors had asked for ten years.");
        var sb = Source("b.txt", "The six-year term angered prosecutors, who had asked for a longer one.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "seven years", Quantity.Of(7, "year")), QuantityAt(sa, "ten years", Quantity.Of(10, "year"))]),
            (sb, [QuantityAt(sb, "six-year", Quantity.Of(6, "year"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void The_words_before_a_counted_noun_are_context_for_the_other_source()
    {
        var sa = Source("a.txt", "About 2,500 construction jobs will be created.");
        var sb = Source("b.txt", "Around 2,500 jobs are expected during construction.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "About 2,500 construction jobs", Quantity.Of(2500, "job") with { Approximate = true, Counted = "construction jobs" })]),
            (sb, [QuantityAt(sb, "Around 2,500 jobs", Quantity.Of(2500, "job") with { Approximate = true, Counted = "jobs" })]));

        Assert.Equal(FindingKind.Agreement, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Fact]
    public void Reports_in_other_words_align_through_the_context_synonyms()
    {
        var sa = Source("a.txt", "Orvel Foods reported a net profit of $2.4 billion for the year. Its shares rose 3% on Monday.");
        var sb = Source("b.txt", "Orvel Foods posted net income of $4.2 billion for the year. The stock gained 3% on Monday.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "$2.4 billion", Quantity.Of(2_400_000_000m, "USD")), QuantityAt(sa, "3%", Quantity.Of(3, "%") with { Direction = Direction.Up })]),
            (sb, [QuantityAt(sb, "$4.2 billion", Quantity.Of(4_200_000_000m, "USD")), QuantityAt(sb, "3%", Quantity.Of(3, "%") with { Direction = Direction.Up })]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict && f.Claims.All(c => c.Text.Contains("billion", StringComparison.Ordinal)));
        Assert.Contains(findings, f => f.Kind == FindingKind.Agreement && f.Claims.All(c => c.Text == "3%"));
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.SingleSource);
    }

    [Theory]
    [InlineData("5.1", "5.1", FindingKind.Agreement)]
    [InlineData("5.1", "5.4", FindingKind.SingleSource)]
    public void The_same_figure_in_reworded_sentences_is_one_fact_but_a_different_one_needs_closer_wording(string a, string b, FindingKind expected)
    {
        var va = decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture);
        var vb = decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture);
        var (ta, tb) = (a + "%", b + "%");
        var sa = Source("a.txt", $"Unemployment held steady at {ta}.");
        var sb = Source("b.txt", $"Unemployment was unchanged at {tb}.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, ta, Quantity.Of(va, "%"))]),
            (sb, [QuantityAt(sb, tb, Quantity.Of(vb, "%"))]));

        Assert.Equal(expected, new QuantityComparer().Compare(cluster).First().Kind);
    }

    [Theory]
    [InlineData("38", "38.2", FindingKind.Agreement)]
    [InlineData("38.2", "38", FindingKind.Agreement)]
    [InlineData("9", "9.5", FindingKind.Conflict)]
    [InlineData("38.2", "38.4", FindingKind.Conflict)]
    [InlineData("38.0", "38.2", FindingKind.Conflict)]
    [InlineData("1000", "1200", FindingKind.Conflict)]
    public void A_figure_given_to_fewer_decimals_agrees_with_the_one_it_rounds(string a, string b, FindingKind expected)
    {
        var va = decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture);
        var vb = decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture);
        var sa = Source("a.txt", $"Turnout in the northern district was {a}%, the returning officer said.");
        var sb = Source("b.txt", $"Turnout in the northern district was {b}%, officials said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, $"{a}%", Quantity.Of(va, "%"))]),
            (sb, [QuantityAt(sb, $"{b}%", Quantity.Of(vb, "%"))]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData("worldwide", "in Lauremont", null)]
    [InlineData("in Lauremont", "in Lauremont", FindingKind.Conflict)]
    [InlineData("worldwide", "in total", FindingKind.Conflict)]
    [InlineData("worldwide", "after a fault", FindingKind.Conflict)]
    public void Counts_for_the_whole_and_for_one_place_are_not_one_fact(string scopeA, string scopeB, FindingKind? expected)
    {
        var sa = Source("a.txt", $"The carmaker will recall 412,000 vehicles {scopeA} over a brake fault, it said on Tuesday.");
        var sb = Source("b.txt", $"The carmaker said on Tuesday it will recall 158,000 vehicles {scopeB} over a brake fault.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "412,000 vehicles", Quantity.Of(412000, "vehicle"))]),
            (sb, [QuantityAt(sb, "158,000 vehicles", Quantity.Of(158000, "vehicle"))]));

        AssertOneFactOrNone(new QuantityComparer().Compare(cluster).ToList(), expected);
    }

    [Theory]
    [InlineData("19", FindingKind.Agreement)]
    [InlineData("23", FindingKind.Conflict)]
    public void A_death_toll_and_people_killed_are_one_count(string killed, FindingKind expected)
    {
        var sa = Source("a.txt", "The death toll from the earthquake in Kolmar province rose to 19 on Wednesday evening.");
        var sb = Source("b.txt", $"At least {killed} people were killed when the earthquake struck Kolmar province on Wednesday.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "19", Quantity.Of(19, "death") with { Counted = "deaths" })]),
            (sb, [QuantityAt(sb, $"{killed} people", Quantity.Of(int.Parse(killed, System.Globalization.CultureInfo.InvariantCulture), "person") with { Counted = "people" })]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData("312", FindingKind.Agreement)]
    [InlineData("217", FindingKind.Conflict)]
    public void A_number_of_arrests_and_people_detained_are_one_count(string detained, FindingKind expected)
    {
        var sa = Source("a.txt", "The interior ministry on Sunday put the final number of arrests at 312 after the march.");
        var sb = Source("b.txt", $"The interior ministry said {detained} people were detained after the march on Saturday.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "312", Quantity.Of(312, "arrest") with { Counted = "arrests" })]),
            (sb, [QuantityAt(sb, $"{detained} people", Quantity.Of(int.Parse(detained, System.Globalization.CultureInfo.InvariantCulture), "person") with { Counted = "people" })]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Fact]
    public void Two_reports_that_each_give_both_figures_do_not_conflict_through_a_third()
    {
        // Each report gives the police's and the organisers' figure; a third gives only the police's. However the
        // pairs join the figures into one fact, no report denies a figure it gives itself.
        var sa = Source("a.txt", "Police put the crowd at 42,000. The organisers said as many as 150,000 people took part.");
        var sb = Source("b.txt", "Police estimated the crowd at about 42,000, while the organisers claimed 150,000 people had joined.");
        var sc = Source("c.txt", "Police estimated that 42,000 people took part in the march.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "42,000", Quantity.Of(42000, "crowd") with { Counted = "crowd" }), QuantityAt(sa, "as many as 150,000 people", new Quantity(150000, 150000, "person", "people", Bound: Bound.AtMost))]),
            (sb, [QuantityAt(sb, "about 42,000", Quantity.Of(42000, "crowd") with { Counted = "crowd", Approximate = true }), QuantityAt(sb, "150,000 people", Quantity.Of(150000, "person") with { Counted = "people" })]),
            (sc, [QuantityAt(sc, "42,000 people", Quantity.Of(42000, "person") with { Counted = "people" })]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData("oppose", "support", null)]
    [InlineData("oppose", "oppose", FindingKind.Conflict)]
    [InlineData("support", "", FindingKind.Conflict)]
    public void Shares_for_and_against_are_not_one_fact(string sideA, string sideB, FindingKind? expected)
    {
        var sa = Source("a.txt", $"A poll published last week found that 64% of voters {sideA} the pension plan.");
        var sb = Source("b.txt", $"According to a poll published last week, 33% of voters {sideB} the pension plan.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "64%", Quantity.Of(64, "%"))]),
            (sb, [QuantityAt(sb, "33%", Quantity.Of(33, "%"))]));

        AssertOneFactOrNone(new QuantityComparer().Compare(cluster).ToList(), expected);
    }

    [Theory]
    [InlineData("were against", true)]
    [InlineData("wanted more details on", false)] // no side: too little else in common
    public void Shares_taking_one_side_far_after_the_figure_are_one_fact(string sideB, bool conflict)
    {
        var sa = Source("a.txt", "A public consultation last winter drew 9,112 replies, and 61% of those who took part said they opposed the toll plan.");
        var sb = Source("b.txt", $"A hefty 51% of people who replied to the council's consultation said they {sideB} the toll plan.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "61%", Quantity.Of(61, "%"))]),
            (sb, [QuantityAt(sb, "51%", Quantity.Of(51, "%"))]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData(2024, null)]
    [InlineData(2025, FindingKind.Conflict)]
    public void Figures_of_two_periods_are_not_one_fact(int yearB, FindingKind? expected)
    {
        // "last year" in a report of 2026 is 2025: the figures are one fact only when B's year is 2025 too.
        var sa = Source("a.txt", "Kestrelline reported revenue of €2.3bn last year and has struggled with fuel costs.");
        var sb = Source("b.txt", $"Kestrelline posted revenue of €2.1 billion in {yearB}, and has struggled with fuel costs.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "€2.3bn", Quantity.Of(2_300_000_000m, "EUR")), DateAt(sa, "last year", CalendarDate.Year(2025), relative: true)]),
            (sb, [QuantityAt(sb, "€2.1 billion", Quantity.Of(2_100_000_000m, "EUR")), DateAt(sb, yearB.ToString(System.Globalization.CultureInfo.InvariantCulture), CalendarDate.Year(yearB))]));

        AssertOneFactOrNone(new QuantityComparer().Compare(cluster).ToList(), expected);
    }

    [Theory]
    [InlineData(12, "25,800", FindingKind.Conflict)]
    [InlineData(13, "25,800", null)]
    [InlineData(12, "925,800", null)]
    public void Figures_given_for_one_day_are_likely_one_fact(int dayB, string figureB, FindingKind? expected)
    {
        // The sentences share little but the day; a day shared by figures ten times apart is no evidence.
        var sa = Source("a.txt", "The wildfire raging through the hills had burned 18,500 hectares as of Wednesday evening, officials said.");
        var sb = Source("b.txt", $"By Wednesday evening the blaze had consumed {figureB} hectares, according to the civil protection agency.");
        var sc = Source("c.txt", "The last fire on this scale, in 2019, destroyed more than 500 homes across the hills, officials said.");
        var valueB = decimal.Parse(figureB, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "18,500 hectares", Quantity.Of(18_500m, "ha")), DateAt(sa, "Wednesday", CalendarDate.Day(2026, 8, 12), relative: true)]),
            (sb, [QuantityAt(sb, $"{figureB} hectares", Quantity.Of(valueB, "ha")), DateAt(sb, "Wednesday", CalendarDate.Day(2026, 8, dayB), relative: true)]),
            (sc, [QuantityAt(sc, "more than 500 homes", Quantity.Of(500, "home") with { Bound = Bound.Above })]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.Equal(expected, findings.SingleOrDefault(f => f.Kind != FindingKind.SingleSource)?.Kind);
    }

    [Theory]
    [InlineData(16, 18, null)]
    [InlineData(18, 18, FindingKind.Conflict)]
    public void A_reading_told_as_of_its_own_day_is_no_rival_for_another_days(int dayA, int dayB, FindingKind? expected)
    {
        // Share prices on two days are two readings, however alike their sentences.
        var sa = Source("a.txt", "Shares in Marlow Foods closed at 398p on Monday, below the offer price.");
        var sb = Source("b.txt", "Shares in Marlow Foods closed at 404p on Wednesday, below the offer price.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "398p", Quantity.Of(398, "pence")), DateAt(sa, "Monday", CalendarDate.Day(2026, 3, dayA), relative: true)]),
            (sb, [QuantityAt(sb, "404p", Quantity.Of(404, "pence")), DateAt(sb, "Wednesday", CalendarDate.Day(2026, 3, dayB), relative: true)]));

        Assert.Equal(expected, new QuantityComparer().Compare(cluster).SingleOrDefault(f => f.Kind != FindingKind.SingleSource)?.Kind);
    }

    [Fact]
    public void Distances_from_one_named_place_are_one_fact()
    {
        // Little else is shared: the place the distance is measured from names the fact.
        var sa = Source("a.txt", "The trawler went down roughly six nautical miles off Port Kessan, within sight of the lights of the town.");
        var sb = Source("b.txt", "It sank about 11 kilometres from Port Kessan, the coastguard said.");
        var sc = Source("c.txt", "The Aster sank some 16 nautical miles from Port Kessan, according to the coastguard, in water about 70 metres deep.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "roughly six nautical miles", Quantity.Of(6, "nautical mile") with { Approximate = true })]),
            (sb, [QuantityAt(sb, "about 11 kilometres", Quantity.Of(11, "km") with { Approximate = true })]),
            (sc, [QuantityAt(sc, "some 16 nautical miles", Quantity.Of(16, "nautical mile") with { Approximate = true }), QuantityAt(sc, "about 70 metres", Quantity.Of(70, "m") with { Approximate = true })]));

        var conflict = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
        Assert.Equal(3, conflict.Claims.Count);
    }

    [Theory]
    [InlineData(17, 14, false)]
    [InlineData(14, 17, true)]
    public void A_toll_told_as_of_another_day_is_still_one_fact(int monday, int tuesday, bool risen)
    {
        // A count of the dead only grows: a lower toll a day later is a rival account, a higher one likely a rise.
        var sa = Source("a.txt", $"{monday} people were confirmed dead on Monday after the ferry Aster capsized, the coastguard said.", new DateOnly(2026, 3, 16));
        var sb = Source("b.txt", $"The confirmed death toll from the sinking of the ferry Aster stood at {tuesday} on Tuesday, the coastguard said.", new DateOnly(2026, 3, 17));
        var cluster = Cluster(
            (sa, [QuantityAt(sa, $"{monday} people", Quantity.Of(monday, "person")), DateAt(sa, "Monday", CalendarDate.Day(2026, 3, 16), relative: true)]),
            (sb, [QuantityAt(sb, $"{tuesday}", Quantity.Of(tuesday, "death")), DateAt(sb, "Tuesday", CalendarDate.Day(2026, 3, 17), relative: true)]));

        var conflict = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
        Assert.Equal(risen, conflict.Severity == Severity.Low);
    }

    [Theory]
    [InlineData("more than 140mm", 140, "mm", FindingKind.Conflict)]
    [InlineData("more than six metres", 6, "m", null)]
    public void An_open_bound_excuses_only_figures_of_its_own_scale(string boundText, int bound, string unit, FindingKind? expected)
    {
        // A report that also says "more than six metres" allows the other's 6.42; "more than 140mm" of rain says nothing of it.
        var sa = Source("a.txt", "The river peaked at 6.42 metres at the Harl Bridge gauge, the water agency said.");
        var sb = Source("b.txt", $"The gauge at Harl Bridge recorded a peak of 6.24 metres, the water agency said. In all, {boundText} fell in two days.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "6.42 metres", Quantity.Of(6.42m, "m"))]),
            (sb, [QuantityAt(sb, "6.24 metres", Quantity.Of(6.24m, "m")), QuantityAt(sb, boundText, Quantity.Of(bound, unit) with { Bound = Bound.Above })]));

        Assert.Equal(expected, new QuantityComparer().Compare(cluster).SingleOrDefault(f => f.Kind == FindingKind.Conflict)?.Kind);
    }

    [Theory]
    [InlineData(150, 84, false)]
    [InlineData(150, 150, true)]
    public void Parts_of_two_wholes_are_never_one_fact(int wholeA, int wholeB, bool conflict)
    {
        var sa = Source("a.txt", "The coalition holds 84 of the assembly seats after the vote, the speaker said.");
        var sb = Source("b.txt", "The coalition holds 11 of the assembly seats after the vote, the speaker said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "84", Quantity.Of(84, "seat") with { Counted = "seats", Whole = wholeA })]),
            (sb, [QuantityAt(sb, "11", Quantity.Of(11, "seat") with { Counted = "seats", Whole = wholeB })]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData(true, FindingKind.Agreement)]
    [InlineData(false, FindingKind.Conflict)]
    public void A_report_that_gives_the_other_figure_as_its_earlier_level_tells_of_a_change(bool saysFrom, FindingKind expected)
    {
        var sa = Source("a.txt", "The outbreak on the cruise ship Orla sickened 212 passengers, the cruise line said.");
        var text = saysFrom
            ? "The number sickened on the cruise ship Orla has risen to 247 passengers, up from 212 passengers, the cruise line said."
            : "The number sickened on the cruise ship Orla has risen to 247 passengers, and to 19 crew, the cruise line said.";
        var sb = Source("b.txt", text);
        Claim[] claimsOfB = saysFrom
            ? [QuantityAt(sb, "247 passengers", Quantity.Of(247, "passenger") with { Counted = "passengers" }),
               QuantityAt(sb, "212 passengers", Quantity.Of(212, "passenger") with { Counted = "passengers", Prior = true })]
            : [QuantityAt(sb, "247 passengers", Quantity.Of(247, "passenger") with { Counted = "passengers" })];
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "212 passengers", Quantity.Of(212, "passenger") with { Counted = "passengers" })]),
            (sb, claimsOfB));

        // The report that says "up from 212" reconciles the two figures itself: they agree on how the count went.
        var finding = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind != FindingKind.SingleSource && f.Claims.Any(c => c.SourceId == "a.txt"));
        Assert.Equal(expected, finding.Kind);
        Assert.Equal(2, finding.Claims.Select(c => c.SourceId).Distinct().Count());
    }

    [Theory]
    [InlineData(23, 31, Severity.Low, "The heatwave has killed {0} people across the country, the health ministry said.", "The heatwave has killed {0} people across the country, the health ministry said.", "person", "people")]
    [InlineData(31, 23, Severity.High, "The heatwave has killed {0} people across the country, the health ministry said.", "The heatwave has killed {0} people across the country, the health ministry said.", "person", "people")]
    [InlineData(120, 210, Severity.Low, "Norovirus aboard the liner Corvina has left {0} passengers ill, the operator said.", "On the liner Corvina, {0} passengers have fallen ill with norovirus, the operator said.", "passenger", "passengers")] // the sick
    [InlineData(210, 120, Severity.High, "Norovirus aboard the liner Corvina has left {0} passengers ill, the operator said.", "On the liner Corvina, {0} passengers have fallen ill with norovirus, the operator said.", "passenger", "passengers")]
    [InlineData(9, 11, Severity.Low, "Health officials have linked {0} cases of Legionnaires' disease to a hotel cooling tower.", "There are now {0} cases, according to the county health department.", "case", "cases")] // an outbreak's cases
    [InlineData(11, 9, Severity.Medium, "Health officials have linked {0} cases of Legionnaires' disease to a hotel cooling tower.", "There are now {0} cases, according to the county health department.", "case", "cases")]
    public void A_toll_a_later_report_puts_higher_is_shown_as_likely_risen(int earlier, int later, Severity expected, string textA, string textB, string unit, string counted)
    {
        var sa = Source("a.txt", string.Format(CultureInfo.InvariantCulture, textA, earlier), new DateOnly(2026, 8, 10));
        var sb = Source("b.txt", string.Format(CultureInfo.InvariantCulture, textB, later), new DateOnly(2026, 8, 13));
        var cluster = Cluster(
            (sa, [QuantityAt(sa, $"{earlier} {counted}", Quantity.Of(earlier, unit) with { Counted = counted })]),
            (sb, [QuantityAt(sb, $"{later} {counted}", Quantity.Of(later, unit) with { Counted = counted })]));

        var conflict = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);

        Assert.Equal(expected, conflict.Severity);
        Assert.Equal(expected == Severity.Low, conflict.Explanation!.Contains("may have risen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Walkers have so far given £{0} to the Fenby appeal.", "Walkers have given £{0} to the Fenby appeal.", 2150, 6400, false)]
    [InlineData("Walkers have given £{0} to the Fenby appeal.", "Walkers have given £{0} to the Fenby appeal to date.", 2150, 6400, false)]
    [InlineData("Walkers have so far given £{0} to the Fenby appeal.", "Walkers have given £{0} to the Fenby appeal.", 6400, 2150, true)] // the total fell
    [InlineData("Walkers have given £{0} to the Fenby appeal.", "Walkers have given £{0} to the Fenby appeal.", 2150, 6400, true)] // nothing says it was still counting
    [InlineData("So far, walkers have given £{0} to the Fenby appeal.", "Walkers have given £{0} to the Fenby appeal.", 2150, 6400, false)] // a short phrase opening the sentence
    [InlineData("Walkers have so far given 40 hampers to the appeal, the largest gift being £{0} from Fenby Mill.", "The largest gift to the appeal was £{0} from Fenby Mill.", 2150, 6400, true)] // another clause's cue
    [InlineData("A page set up by his family has already raised £{0} for the rescue team.", "A page set up by his family has raised £{0} for the rescue team.", 2150, 6400, false)] // reached by the time of telling
    [InlineData("By the time the appeal closed, walkers had already given £{0} to it.", "Walkers gave £{0} to the appeal before it closed.", 2150, 6400, true)] // a total at a moment past
    public void A_total_told_as_still_counting_and_a_higher_one_told_later_are_no_conflict(string textA, string textB, int earlier, int later, bool conflict)
    {
        var sa = Source("a.txt", string.Format(CultureInfo.InvariantCulture, textA, earlier.ToString("#,0", CultureInfo.InvariantCulture)), new DateOnly(2026, 3, 21));
        var sb = Source("b.txt", string.Format(CultureInfo.InvariantCulture, textB, later.ToString("#,0", CultureInfo.InvariantCulture)), new DateOnly(2026, 3, 23));
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "£" + earlier.ToString("#,0", CultureInfo.InvariantCulture), Quantity.Of(earlier, "GBP"))]),
            (sb, [QuantityAt(sb, "£" + later.ToString("#,0", CultureInfo.InvariantCulture), Quantity.Of(later, "GBP"))]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Fenby Sanctuary has announced the birth of an otter cub to its oldest female after a gestation of nearly 22 months.", "numeric", false)] // a span something lasted
    [InlineData("Fenby Sanctuary has announced the birth of an otter cub, its first in 21 years.", "conflict", true)] // the same gap, another figure
    [InlineData("Fenby Sanctuary has announced the birth of an otter cub after an absence of 21 years.", "conflict", true)] // the gap, told another way
    [InlineData("Fenby Sanctuary has announced the birth of an otter cub after an absence of 17 years.", "agreement", true)]
    public void A_span_since_the_last_occasion_meets_only_a_span_told_as_a_gap(string textB, string kind, bool expected)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("An otter cub was born at Fenby Sanctuary yesterday, the first otter birth at the sanctuary in 17 years.", textB);

        var found = kind switch
        {
            "agreement" => findings.Any(f => f.Kind == FindingKind.Agreement && f.Type == "numeric"),
            "conflict" => findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"),
            _ => findings.Any(f => f.Kind != FindingKind.SingleSource && f.Type == "numeric"),
        };
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("The council leader said only 410 homes were completed in the borough last year.", false)] // a past year's count
    [InlineData("The council leader said 140 homes will be affordable, split between social rent and shared ownership.", true)]
    public void A_figure_told_in_the_future_is_no_rival_to_a_past_years(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("The council leader said 157 homes will be affordable, split between social rent and shared ownership.", textB, new DateOnly(2026, 4, 9));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Summary.Contains("157", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The new money will cover nearly half of the museum's $5.1 million annual budget.", "none")] // a budget, not the levy's yield
    [InlineData("The levy will raise about $2.4 million a year for the museum.", "agreement")]
    public void A_word_of_a_period_says_how_often_not_what_a_figure_measures(string textB, string expected)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("The 0.9-mill museum levy will bring in $2,400,000 annually for 10 years.", textB);

        Assert.Equal(expected == "agreement", findings.Any(f => f.Kind == FindingKind.Agreement && f.Type == "numeric" && f.Summary.Contains("USD", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData("More than 60 people took part in the search for the missing swimmer, police said.", false)] // people nothing befell
    [InlineData("More than 60 people drowned in the region's rivers last summer, police said.", true)]
    public void A_toll_of_people_is_no_rival_to_a_count_of_people_nothing_befell(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("Police said 35 people died in the region's rivers last summer during the search season.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("The Ridge Express has a design capacity of 2,400 riders an hour, the operator said.", false)] // what it can take
    [InlineData("The Ridge Express can carry 2,400 riders an hour, the operator said.", false)]
    [InlineData("The Ridge Express carried 2,400 riders an hour on Saturday, the operator said.", true)]
    public void A_capacity_is_no_rival_to_a_figure_of_use(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("The Ridge Express carried about 1,500 riders an hour on Saturday, the operator said.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_capacity_crowd_is_a_crowd()
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            "The final was played in front of a capacity crowd of about 8,000.",
            "Organisers said 8,140 spectators watched the final.");

        Assert.Contains(findings, f => f.Kind == FindingKind.Agreement && f.Type == "numeric");
    }

    [Theory]
    [InlineData("Pryce, 27, sealed the final after losing the first four sets of the night.", false)] // the other end of the match
    [InlineData("Pryce, 27, sealed the final by taking the closing three sets of the night.", true)] // the same end, another count
    public void Stretches_from_two_ends_of_a_sequence_are_two_facts(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("Pryce, 27, sealed the final by taking the last two sets of the night.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("The blaze burned through roughly one-third of the 36,000-square-foot roof before crews put it out.", false)] // a third of it is the part
    [InlineData("The blaze burned through roughly 40% of the 30,000-square-foot roof before crews put it out.", false)]
    [InlineData("The blaze burned through half of the 24,000-square-foot roof before crews put it out.", false)]
    [InlineData("The blaze burned through roughly one-third of the 54,000-square-foot roof before crews put it out.", true)] // a third is 18,000
    [InlineData("The blaze burned through the 36,000-square-foot roof before crews put it out.", true)]
    public void A_whole_a_fraction_of_which_is_told_is_no_rival_to_that_fraction(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("The fire destroyed about 12,000 square feet of roofing at the packaging plant.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("The remaining residents are being cared for at Hollins Lodge and two other homes in the town.", false)] // three homes in all
    [InlineData("The remaining residents are being cared for at two other homes in the town.", true)]
    public void What_is_left_beside_a_named_thing_is_no_rival_to_what_is_left_beside_the_story_s_subject(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("Residents are being cared for at three other homes in the town while the investigation continues.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("The strike began at 4am, shutting down all but six of the authority's 64 bus routes.", false)] // 58 of them
    [InlineData("The strike began at 4am, shutting down all but six of the 64 bus routes.", false)]
    [InlineData("The strike began at 4am, shutting down half of the authority's 116 bus routes.", false)]
    [InlineData("The strike began at 4am, shutting down the authority's 64 bus routes.", true)]
    [InlineData("The strike began at 4am, shutting down all but two of the authority's 64 bus routes.", true)] // 62 of them
    public void A_whole_told_with_the_part_left_out_is_no_rival_to_the_part(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("The strike began at 4am, when the authority suspended 58 bus routes.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("The 27-year-old pocketed a whopping £600,000 jackpot and vowed to buy his nan a kitchen.", true)] // the winner's prize, in other words
    [InlineData("The title is worth £600,000 to the winner, and Pryce said he would buy his nan a kitchen.", true)]
    [InlineData("Van Aalst takes home £200,000 as runner-up.", false)] // another's prize, though taken home
    [InlineData("The total prize fund for the championship was £2.5m.", false)]
    [InlineData("Pryce collects £600,000 from a total prize fund of £2.5m.", true)] // the fund's cue is the fund's sum, not the £600,000's
    public void Sums_of_one_prize_are_one_fact_and_prizes_of_two_are_two(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            "Pryce sealed victory on double 16 at 11.07pm to collect the £500,000 winner's cheque.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("Fans are furious that the pandas are being shipped home two years ahead of schedule.", true)] // how early, in other words
    [InlineData("Fans are furious that the pandas' new enclosure opened two years behind schedule.", false)] // how late
    [InlineData("The pandas arrived at the zoo two years ago to great fanfare.", false)] // neither
    public void How_early_something_is_against_its_plan_is_one_fact(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            "Zoo officials said the pair will leave three years before their loan agreement was due to expire in 2029.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("Engineers said the sinkhole, roughly 30 feet across, swallowed five parked cars.", false)] // a width
    [InlineData("Engineers said the sinkhole, roughly 30 feet deep, swallowed five parked cars.", true)]
    public void Two_dimensions_of_a_thing_are_two_facts(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("The sinkhole, which is 25 feet deep, swallowed five parked cars on Elm Street.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("In the UK, 18,900 vehicles are affected, most of them hatchbacks.", false)] // another country's count
    [InlineData("Some 18,900 vehicles in the UK are affected, most of them hatchbacks.", false)]
    [InlineData("In the United States, 68,100 vehicles are affected, most of them hatchbacks.", true)] // the same country's
    [InlineData("In the first week, 68,100 vehicles were affected, most of them hatchbacks.", true)] // no place
    public void Counts_for_two_places_are_two_facts(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            "The recall covers hatchbacks and SUVs, including 61,200 vehicles in the United States, the company said.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Theory]
    [InlineData("Growers believe roughly eleven hundred hectares of orchard have been damaged by the hail.", true)]
    [InlineData("Growers believe roughly eleven hundred hectares of woodland have been damaged by the hail.", false)] // land of another kind
    public void Areas_of_one_kind_of_land_are_one_fact(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("Growers are assessing damage to about 1,400 hectares of orchard after the hailstorm.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric"));
    }

    [Fact]
    public void A_competitors_place_is_set_against_the_same_competitors_place_only()
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            "Irish rider Cormac Daly finished second on Ballyhaise in 38.94 seconds, and Britain's Eleanor Pryce was third on Tidewater.",
            "Irish rider Cormac Daly, who had set the early pace, finished third on Ballyhaise.");

        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Contains("2nd place", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("3rd place", conflict.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Agreement && f.Type == "numeric"); // Pryce's third is not Daly's
    }

    [Theory]
    [InlineData("The Marlins took bronze in the relay final.", false)]
    [InlineData("The Marlins, tipped for a medal, finished fourth in the relay final.", true)]
    public void A_medal_is_its_place(string textB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf("The Marlins finished third in the relay final.", textB);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
        Assert.Equal(!conflict, findings.Any(f => f.Kind == FindingKind.Agreement));
    }

    [Theory]
    [InlineData("Levies of between 2% and 7% have become common in seaside towns.", true)] // a wide range holds 5% without stating it
    [InlineData("An earlier draft had set the levy at 5 percent.", false)] // the report gives the rival figure itself
    public void A_report_gives_both_figures_only_when_it_states_the_other(string alsoInB, bool conflict)
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            "The levy of 5 percent on nightly room rates will raise about $4.5 million a year.",
            $"The 6% levy on nightly room rates is projected to raise $4.5M a year. {alsoInB}");

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Type == "numeric" && f.Summary.Contains('%', StringComparison.Ordinal)));
    }

    [Fact]
    public void A_fact_each_report_tells_twice_alike_is_one_finding()
    {
        // Each report gives its figure in its headline and again in its body: one fact, one finding, not one per pairing.
        var sa = Source("a.txt", "Pension blunder: £42m gone\n\nThe Westmere pension fund has written off £42m after the green energy fund collapsed.");
        var sb = Source("b.txt", "Pension blunder: £24m gone\n\nThe Westmere pension fund has lost £24 million after the green energy fund collapsed.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "£42m", Quantity.Of(42_000_000, "GBP")), QuantityAt(sa, "£42m", Quantity.Of(42_000_000, "GBP"), "written off")]),
            (sb, [QuantityAt(sb, "£24m", Quantity.Of(24_000_000, "GBP")), QuantityAt(sb, "£24 million", Quantity.Of(24_000_000, "GBP"))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();
        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.True(4 == conflict.Claims.Count, string.Join("\n", findings.Select(f => $"{f.Kind} {f.Summary} {string.Join(",", f.Claims.Select(c => c.Sentence.Index + ":" + c.Text))}")));
    }

    [Theory]
    [InlineData("The Tarrow Festival's sponsor, Helm Bank, is in the first year of a four-year deal worth £320,000.", false)]
    [InlineData("The Tarrow Festival's sponsor, Helm Bank, pays £320,000 over four years.", false)]
    [InlineData("The Tarrow Festival's sponsor, Helm Bank, pays £120,000.", true)] // the "a year" left out
    public void A_rate_a_year_and_a_total_over_several_years_are_two_facts(string other, bool conflict)
    {
        var sa = Source("a.txt", "The Tarrow Festival's sponsor, Helm Bank, pays £80,000 a year.");
        var sb = Source("b.txt", other);
        var total = other.Contains("320,000", StringComparison.Ordinal) ? 320000 : 120000;
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "£80,000 a year", Quantity.Of(80000, "GBP") with { Per = "year" })]),
            (sb, [QuantityAt(sb, "£" + total.ToString("#,0", CultureInfo.InvariantCulture), Quantity.Of(total, "GBP"))]));

        Assert.Equal(conflict, new QuantityComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void Two_tolls_of_one_day_are_the_reason_given_not_a_toll_of_a_later_day()
    {
        // 66 by Wednesday night is likely the toll risen since Tuesday; 41 and 58, both by Tuesday evening, contradict
        // each other, whichever report came out later.
        var sa = Source("a.txt", "By Tuesday evening, the heatwave had killed 41 people, the ministry said.", new DateOnly(2026, 8, 12));
        var sb = Source("b.txt", "By Tuesday evening, the heatwave had killed 58 people, the ministry said.", new DateOnly(2026, 8, 13));
        var sc = Source("c.txt", "The heatwave had killed 66 people by Wednesday night, the ministry said.", new DateOnly(2026, 8, 13));
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "41 people", Quantity.Of(41, "person") with { Counted = "people" }), DateAt(sa, "By Tuesday", CalendarDate.Day(2026, 8, 11), DayOfWeek.Tuesday, relative: true)]),
            (sb, [QuantityAt(sb, "58 people", Quantity.Of(58, "person") with { Counted = "people" }), DateAt(sb, "By Tuesday", CalendarDate.Day(2026, 8, 11), DayOfWeek.Tuesday, relative: true)]),
            (sc, [QuantityAt(sc, "66 people", Quantity.Of(66, "person") with { Counted = "people" }), DateAt(sc, "by Wednesday", CalendarDate.Day(2026, 8, 12), DayOfWeek.Wednesday, relative: true)]));

        var conflict = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);

        Assert.StartsWith("41 person and 58 person", conflict.Explanation, StringComparison.Ordinal);
        Assert.NotEqual(Severity.Low, conflict.Severity);
    }

    [Fact]
    public void A_hedged_figure_of_the_same_report_gives_only_figures_close_to_it()
    {
        // "nearly 42 percent" of the vote may stand for 42.8 between reports, but it is no turnout of 38.2 that A gives too.
        var sa = Source("a.txt", "Turnout was 42.8 percent. Quill won nearly 42 percent of the vote in the by-election.");
        var sb = Source("b.txt", "Turnout in the by-election was 38.2 percent, the returning officer said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "42.8 percent", Quantity.Of(42.8m, "%")), QuantityAt(sa, "nearly 42 percent", Quantity.Of(42, "%") with { Approximate = true })]),
            (sb, [QuantityAt(sb, "38.2 percent", Quantity.Of(38.2m, "%"))]));

        Assert.Contains(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData(68, FindingKind.Conflict)]
    [InlineData(95, null)]
    public void Figures_beside_an_agreeing_figure_in_the_same_order_are_likely_one_fact(int figureB, FindingKind? expected)
    {
        // Little wording in common, but each first figure stands before the same placebo rate; one far off is no rival.
        var sa = Source("a.txt", "In the pivotal trial, 62 percent of those who received the drug saw their migraine days halved, compared with 31 percent of those given a placebo.");
        var sc = Source("c.txt", "The drug costs about 640 euros a dose, and the trial enrolled 1,240 volunteers in 14 countries.");
        var sb = Source("b.txt", $"In a late-stage trial of 1,200 volunteers, {figureB}% of those treated saw their monthly migraine days cut by at least half, against 31% on placebo.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "62 percent", Quantity.Of(62, "%")), QuantityAt(sa, "31 percent", Quantity.Of(31, "%"))]),
            (sb, [QuantityAt(sb, $"{figureB}%", Quantity.Of(figureB, "%")), QuantityAt(sb, "31%", Quantity.Of(31, "%"))]),
            (sc, [QuantityAt(sc, "1,240 volunteers", Quantity.Of(1_240, "volunteer") with { Counted = "volunteers" })]));

        Assert.Equal(expected, new QuantityComparer().Compare(cluster).SingleOrDefault(f => f.Kind == FindingKind.Conflict)?.Kind);
    }

    [Fact]
    public void A_count_dated_by_its_happening_still_meets_a_count_dated_otherwise()
    {
        // "damaged 9,100 buildings on Tuesday": the day dates the happening, which the other report dates otherwise.
        var sa = Source("a.txt", "The chemical spill in Orvik damaged 9,100 buildings on Tuesday, officials said.");
        var sb = Source("b.txt", "The chemical spill in Orvik damaged 11,375 buildings on Monday, officials said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "9,100 buildings", Quantity.Of(9_100, "building") with { Counted = "buildings" }), DateAt(sa, "Tuesday", CalendarDate.Day(2026, 7, 16), relative: true)]),
            (sb, [QuantityAt(sb, "11,375 buildings", Quantity.Of(11_375, "building") with { Counted = "buildings" }), DateAt(sb, "Monday", CalendarDate.Day(2026, 7, 15), relative: true)]));

        Assert.Contains(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData("week", "week", FindingKind.Conflict)]
    [InlineData("week", null, FindingKind.Conflict)]
    [InlineData("week", "month", null)]
    public void Rates_per_one_thing_are_one_fact_and_a_total_does_not_stand_for_one(string perA, string? perB, FindingKind? expected)
    {
        // B's "up to £52m" fee admits £180,000 but is no weekly wage: it does not excuse B's £150,000 a week. A rate and
        // a figure with none may be one fact ("€14bn a year", "€14bn"); rates per two things never are.
        var sa = Source("a.txt", $"Arvesen will sign a five-year contract worth £180,000 a {perA}.");
        var sb = Source("b.txt", $"The deal is worth up to £52m, and Arvesen will sign a contract worth £150,000 {(perB is null ? "" : "per " + perB)}.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, $"£180,000 a {perA}", Quantity.Of(180_000m, "GBP") with { Per = perA })]),
            (sb, [QuantityAt(sb, "up to £52m", Quantity.Of(52_000_000m, "GBP") with { Bound = Bound.AtMost }),
                QuantityAt(sb, perB is null ? "£150,000" : $"£150,000 per {perB}", Quantity.Of(150_000m, "GBP") with { Per = perB })]));

        var wages = new QuantityComparer().Compare(cluster)
            .Where(f => f.Kind != FindingKind.SingleSource && f.Claims.Any(c => ((QuantityClaim)c).Quantity.Low == 150_000m)).ToList();
        Assert.Equal(expected, wages.SingleOrDefault()?.Kind);
    }

    [Theory]
    [InlineData("In 2023 the group held two aid workers near the border for months.", 2023, null)]
    [InlineData("In 2025 the group held two aid workers near the border for months.", 2025, FindingKind.Conflict)]
    [InlineData("The group held two aid workers near the border for months, as in 2023.", 2023, FindingKind.Conflict)]
    [InlineData("The last such case in the region was in 2023, when the group held two aid workers near the border for months.", 2023, null)]
    [InlineData("It is the longest such case since 2023, when the group held two aid workers near the border for months.", 2023, null)]
    [InlineData("It was the worst year since 2023, and the group held two aid workers near the border for months.", 2023, FindingKind.Conflict)]
    [InlineData("In 2023, the group held two aid workers near the border for months.", 2023, null)]
    [InlineData("Officials said in 2023, and again this week, that the group held two aid workers near the border.", 2023, FindingKind.Conflict)]
    public void A_figure_dated_long_before_in_its_clause_is_an_earlier_event(string textA, int year, FindingKind? expected)
    {
        // An undated figure is the story's own; one whose year opens its clause, two or more years before the other
        // report's publication, is an earlier event's. A year elsewhere in the sentence may date something else.
        var published = new DateOnly(2026, 9, 10);
        var sa = Source("a.txt", textA, published);
        var sb = Source("b.txt", "Seven workers held near the border for months were released on Tuesday.", published);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "two aid workers", Quantity.Of(2, "worker") with { Counted = "aid workers" }), YearAt(sa, year)]),
            (sb, [QuantityAt(sb, "Seven workers", Quantity.Of(7, "worker") with { Counted = "workers" })]));

        AssertOneFactOrNone(new QuantityComparer().Compare(cluster).ToList(), expected);
    }

    [Theory]
    [InlineData("Last year, the equivalent stage ended in a bunch sprint of 62 riders, won by Kuipers.", null)]
    [InlineData("Last year the equivalent stage ended in a bunch sprint of 62 riders, won by Kuipers.", null)]
    [InlineData("Race officials said last year, the equivalent stage ended in a bunch sprint of 62 riders.", FindingKind.Conflict)]
    [InlineData("The stage ended in a bunch sprint of 62 riders, as it had last year.", FindingKind.Conflict)]
    public void A_figure_a_period_governs_is_no_rival_to_one_told_on_a_day_outside_it(string textA, FindingKind? expected)
    {
        // "Last year, …" governs its whole clause; the other report's figure is told on a day of this year. A period
        // later in the sentence may date something else, and a figure it does not govern stays a rival.
        var published = new DateOnly(2026, 6, 8);
        var sa = Source("a.txt", textA, published);
        var sb = Source("b.txt", "Ferrandi won the fourth stage yesterday, edging a reduced bunch of 28 riders on the drag into Coldharbour.", published);
        var period = textA.Contains("last year", StringComparison.Ordinal) ? "last year" : "Last year";
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "62 riders", Quantity.Of(62, "rider") with { Counted = "riders" }), DateAt(sa, period, CalendarDate.Year(2025), relative: true)]),
            (sb, [QuantityAt(sb, "28 riders", Quantity.Of(28, "rider") with { Counted = "riders" }), DateAt(sb, "yesterday", CalendarDate.Day(2026, 6, 7), relative: true)]));

        AssertOneFactOrNone(new QuantityComparer().Compare(cluster).ToList(), expected);
    }

    [Theory]
    [InlineData("Last year's fair raised £1.8 million for the hospice.", null)]
    [InlineData("Last year’s fair raised £1.8 million for the hospice.", null)]
    [InlineData("The fair raised £1.8 million for the hospice, organisers said.", FindingKind.Conflict)]
    [InlineData("This year's fair raised £1.8 million for the hospice.", FindingKind.Conflict)]
    public void A_possessive_year_names_the_period_of_a_figure(string textA, FindingKind? expected)
    {
        // "Last year's fair" is last year's; the other report's figure is this year's ("this year's fair").
        var published = new DateOnly(2026, 5, 4);
        var sa = Source("a.txt", textA, published);
        var sb = Source("b.txt", "Organisers expect this year's fair to raise more than £2.2 million for the hospice.", published);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "£1.8 million", Quantity.Of(1_800_000, "GBP"))]),
            (sb, [QuantityAt(sb, "£2.2 million", Quantity.Of(2_200_000, "GBP"))]));

        AssertOneFactOrNone(new QuantityComparer().Compare(cluster).ToList(), expected);
    }

    [Theory]
    [InlineData(870_000, "some", 780_000, FindingKind.Conflict)] // written to the ten thousand: 90,000 apart is no rounding
    [InlineData(870_000, "some", 860_000, FindingKind.Agreement)]
    [InlineData(870_000, "some", 850_000, FindingKind.Agreement)]
    [InlineData(6_000, null, 6_600, FindingKind.Agreement)] // "about 6,000" is written to the thousand: 10 % still holds
    [InlineData(6_000, null, 7_000, FindingKind.Conflict)]
    public void A_hedged_whole_figure_allows_steps_of_its_last_written_digit_up_to_ten_percent(int figureA, string? hedgeB, int figureB, FindingKind expected)
    {
        var countA = $"About {figureA:N0} households";
        var countB = $"{(hedgeB is null ? "" : hedgeB + " ")}{figureB:N0} homes";
        var sa = Source("a.txt", $"{countA} will be barred from using hosepipes after the water company confirmed the ban.");
        var sb = Source("b.txt", $"The hosepipe ban confirmed by the water company will cover {countB}.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, countA, Quantity.Of(figureA, "household") with { Approximate = true, Counted = "households" })]),
            (sb, [QuantityAt(sb, countB, Quantity.Of(figureB, "home") with { Approximate = hedgeB is not null, Counted = "homes" })]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Fact]
    public void A_loose_headline_figure_does_not_take_a_rival_from_the_figure_it_tells_loosely()
    {
        // "Hundreds of thousands of homes" is the report's "about 870,000 households" told loosely; the rival's 780,000
        // homes is matched with the figure, not with the headline that happens to share its noun.
        var sa = Source("a.txt", "The hosepipe ban confirmed by the water company will cover hundreds of thousands of homes. About 870,000 households will be barred from using hosepipes, officials said.");
        var sb = Source("b.txt", "The hosepipe ban confirmed by the water company will cover some 780,000 homes.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "hundreds of thousands of homes", new Quantity(200_000, 999_999, "home", Approximate: true) with { Counted = "homes" }),
                QuantityAt(sa, "About 870,000 households", Quantity.Of(870_000, "household") with { Approximate = true, Counted = "households" })]),
            (sb, [QuantityAt(sb, "some 780,000 homes", Quantity.Of(780_000, "home") with { Approximate = true, Counted = "homes" })]));

        var conflict = Assert.Single(new QuantityComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
        Assert.Contains(conflict.Claims, c => ((QuantityClaim)c).Quantity.Low == 870_000);
    }

    [Theory]
    [InlineData("Some 58 per cent of members backed the pay deal in the ballot, the union said.", "54%", true)] // written to the point: 55.5–60.5 %
    [InlineData("About 60 per cent of members backed the pay deal in the ballot, the union said.", "54%", false)] // to the ten: 54–66 %
    [InlineData("Almost a third of members backed the pay deal in the ballot, the union said.", "30%", false)] // a fraction keeps its tenth
    public void A_hedged_share_allows_what_its_last_digit_allows(string textA, string share, bool conflict)
    {
        var findings = FindingsOf(textA, $"{share} of members backed the pay deal in the ballot, the union said.");

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
        Assert.Equal(!conflict, findings.Any(f => f.Kind == FindingKind.Agreement && f.Summary.Contains('%', StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The two players hit 25 maximums between them in a final for the ages.", false)] // both players' count
    [InlineData("The two players hit 25 maximums combined in a final for the ages.", false)]
    [InlineData("The champion hit 25 maximums in a final for the ages.", true)]
    public void A_count_shared_by_two_is_no_rival_to_one_of_theirs(string textA, bool conflict)
    {
        var findings = FindingsOf(textA, "Van Aalst averaged 98.12 and hit 11 maximums in a final for the ages.");

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Summary.Contains("maximum", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Power was lost by about 38,000 homes and businesses across the city on Monday evening.", null)]
    [InlineData("Power was lost by about 38,000 homes across the city on Monday evening.", FindingKind.Conflict)]
    [InlineData("The grid operator supplies about 38,000 homes and employs about 400 people across the city, which lost power on Monday evening.", FindingKind.Conflict)]
    [InlineData("Power was lost by about 38,000 homes and business premises across the city on Monday evening.", null)]
    [InlineData("Power was lost by about 38,000 homes and two hospitals across the city on Monday evening.", FindingKind.Conflict)]
    public void A_count_of_two_things_is_no_rival_to_a_count_of_one(string textA, FindingKind? expected)
    {
        // "Homes and businesses" is a total of which the households are a part; "homes and employs" joins a verb, not a noun,
        // so that count of homes alone is a rival to the households (written to the hundred, 34,300 allows no 38,000).
        var sa = Source("a.txt", textA);
        var sb = Source("b.txt", "About 34,300 households across the city lost power on Monday evening, along with several thousand businesses.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "about 38,000 homes", Quantity.Of(38_000, "home") with { Approximate = true, Counted = "homes" })]),
            (sb, [QuantityAt(sb, "About 34,300 households", Quantity.Of(34_300, "household") with { Approximate = true, Counted = "households" })]));

        var findings = new QuantityComparer().Compare(cluster).ToList();
        if (expected is { } kind)
        {
            Assert.Equal(kind, Assert.Single(findings).Kind);
        }
        else
        {
            Assert.All(findings, f => Assert.Equal(FindingKind.SingleSource, f.Kind));
        }
    }

    // The year as the text gives it: "since 2023" is a bound, as the date extractor reads it.
    private static DateClaim YearAt(AnalyzedSource source, int year)
    {
        var text = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var since = source.Text.Contains("since " + text, StringComparison.Ordinal);
        var claim = DateAt(source, since ? "since " + text : text, CalendarDate.Year(year));
        return since ? claim with { Bound = DateBound.Since } : claim;
    }

    [Theory]
    [InlineData(2025, null)]
    [InlineData(2026, FindingKind.Conflict)]
    public void A_forecast_is_of_the_publication_year_or_later(int yearB, FindingKind? expected)
    {
        var published = new DateOnly(2026, 4, 28);
        var sa = Source("a.txt", "The Orvel group lowered its full-year revenue forecast to $17 billion, the company said on Tuesday.", published);
        var sb = Source("b.txt", $"For the whole of {yearB}, the Orvel group reported full-year revenue of $17.8 billion, the company said on Tuesday.", published);
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "$17 billion", Quantity.Of(17_000_000_000m, "USD"))]),
            (sb, [QuantityAt(sb, "$17.8 billion", Quantity.Of(17_800_000_000m, "USD")), DateAt(sb, yearB.ToString(System.Globalization.CultureInfo.InvariantCulture), CalendarDate.Year(yearB))]));

        AssertOneFactOrNone(new QuantityComparer().Compare(cluster).ToList(), expected);
    }

    [Theory]
    [InlineData(600, 1200, FindingKind.Agreement)]
    [InlineData(600, 600, FindingKind.Agreement)]
    [InlineData(600, 1000, FindingKind.Conflict)]
    public void A_figure_per_side_meets_the_total_for_two_sides(int perSide, int total, FindingKind expected)
    {
        var sa = Source("a.txt", $"The two countries exchanged {perSide} prisoners each at the border on Friday.");
        var sb = Source("b.txt", $"On Friday the two countries exchanged {total} prisoners at the border.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, $"{perSide} prisoners", Quantity.Of(perSide, "prisoner") with { Each = true })]),
            (sb, [QuantityAt(sb, $"{total} prisoners", Quantity.Of(total, "prisoner"))]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData("1.8", "1.79", FindingKind.Agreement)]
    [InlineData("1.8", "1.75", FindingKind.Agreement)]
    [InlineData("4.2", "4.25", FindingKind.Conflict)]
    [InlineData("1.8", "1.7", FindingKind.Conflict)]
    public void A_figure_with_a_scale_word_agrees_with_the_one_its_written_digits_round(string a, string b, FindingKind expected)
    {
        // "€1.8 billion" is read as 1,800,000,000.0: the decimals of its written digits stay in the value.
        var va = decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000_000m;
        var vb = decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000_000m;
        var sa = Source("a.txt", $"The council approved a budget of €{a} billion on Thursday.");
        var sb = Source("b.txt", $"On Thursday the council approved a €{b} billion budget.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, $"€{a} billion", Quantity.Of(va, "EUR"))]),
            (sb, [QuantityAt(sb, $"€{b} billion", Quantity.Of(vb, "EUR"))]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData("1381450", FindingKind.Agreement)]
    [InlineData("1375000", FindingKind.Agreement)]
    [InlineData("1395000", FindingKind.Conflict)]
    public void A_figure_with_a_scale_word_agrees_with_an_exact_figure_its_digits_round(string exact, FindingKind expected)
    {
        // "£1.38 million" is read as 1,380,000.00; "£1,381,450" has no decimals, yet it rounds to it.
        var value = decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture);
        var sa = Source("a.txt", "A finance director who stole £1.38 million from a charity was jailed on Friday.");
        var sb = Source("b.txt", $"The finance director was jailed on Friday for defrauding the charity of £{value:#,0}.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "£1.38 million", Quantity.Of(1.38m * 1_000_000m, "GBP"))]),
            (sb, [QuantityAt(sb, $"£{value:#,0}", Quantity.Of(value, "GBP"))]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData("36,800", "36,812", FindingKind.Agreement)]
    [InlineData("36,800", "36,849", FindingKind.Agreement)]
    [InlineData("36,800", "36,851", FindingKind.Conflict)]
    [InlineData("1,250", "1,248", FindingKind.Agreement)]
    [InlineData("1,000", "1,200", FindingKind.Conflict)]
    [InlineData("1,200", "1,230", FindingKind.Conflict)]
    [InlineData("40", "43", FindingKind.Conflict)]
    [InlineData("36,700", "36,800", FindingKind.Conflict)]
    [InlineData("36,800", "36,812", FindingKind.Agreement, "spectator")]
    [InlineData("36,800", "36,851", FindingKind.Conflict, "spectator")]
    [InlineData("210,000", "209,600", FindingKind.Agreement)] // two digits and three zeros: a rounding within 1 %
    [InlineData("21,000", "21,180", FindingKind.Agreement)]
    [InlineData("210,000", "205,000", FindingKind.Conflict)]
    [InlineData("210,000", "212,500", FindingKind.Conflict)]
    [InlineData("1,200", "1,195", FindingKind.Conflict)] // two zeros only
    public void A_whole_figure_with_trailing_zeros_is_a_rounding_within_its_limits(string a, string b, FindingKind expected, string nounB = "crowd")
    {
        var va = decimal.Parse(a, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        var vb = decimal.Parse(b, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        var sa = Source("a.txt", $"The race was run in front of a crowd of {a} on Saturday.");
        var sb = Source("b.txt", $"A crowd of {b} watched the race on Saturday, the course said.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, a, Quantity.Of(va, "crowd"))]),
            (sb, [QuantityAt(sb, b, Quantity.Of(vb, nounB))]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData(62, "62.4", FindingKind.Agreement)] // "$62 million": two digits in the tens of millions are a rounding
    [InlineData(62, "61.6", FindingKind.Agreement)]
    [InlineData(62, "62.6", FindingKind.Conflict)]
    [InlineData(62, "64.2", FindingKind.Conflict)]
    [InlineData(4, "4.4", FindingKind.Conflict)] // one digit is no rounding
    public void Two_digits_in_the_tens_of_millions_are_a_rounding(int millions, string other, FindingKind expected)
    {
        var vb = decimal.Parse(other, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000m;
        var sa = Source("a.txt", $"The bridge repairs will cost ${millions} million over five years, the council said.");
        var sb = Source("b.txt", $"The council said the bridge repairs would cost ${other} million over five years.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, $"${millions} million", Quantity.Of(millions * 1_000_000m, "USD"))]),
            (sb, [QuantityAt(sb, $"${other} million", Quantity.Of(vb, "USD"))]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData("5:43.8", FindingKind.Conflict)]
    [InlineData("5:48.3", FindingKind.Agreement)]
    public void A_race_time_meets_a_time_in_minutes_and_seconds_unrounded(string raceTime, FindingKind expected)
    {
        var sa = Source("a.txt", "The home crew won the eights final in 5 minutes 48.3 seconds on the river.");
        var sb = Source("b.txt", $"The home crew won the eights final in a time of {raceTime} on the river.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "5 minutes 48.3 seconds", Quantity.Of(348.3m, "second"))]),
            (sb, [QuantityAt(sb, raceTime, Assert.Single(TimeTakenReader.Read(raceTime)).Quantity)]));

        Assert.Equal(expected, Assert.Single(new QuantityComparer().Compare(cluster)).Kind);
    }

    [Theory]
    [InlineData(300, true, Bound.Exact, FindingKind.SingleSource)] // the whole the part is counted against
    [InlineData(200, false, Bound.Exact, FindingKind.Conflict)]
    [InlineData(250, false, Bound.Above, FindingKind.Agreement)] // an open bound allows the whole but meets the part
    public void A_part_and_its_whole_are_two_facts(int other, bool approximate, Bound bound, FindingKind expected)
    {
        var sa = Source("a.txt", "Supplies had been restored to 260 of the 300 affected homes on the estate by the evening, the network said.");
        var sb = Source("b.txt", $"The network said {other} homes on the estate had their supplies affected by the evening.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "260", new Quantity(260, 260, "home", "affected homes", Whole: 300))]),
            (sb, [QuantityAt(sb, $"{other} homes", new Quantity(other, other, "home", "homes", Approximate: approximate, Bound: bound))]));

        Assert.All(new QuantityComparer().Compare(cluster), f => Assert.Equal(expected, f.Kind));
    }

    [Theory]
    [InlineData("The storm closed 212 schools across the county, including all 48 in the district.", false)]
    [InlineData("The storm closed 212 schools across the county, including the district's.", true)]
    public void A_sentence_that_gives_the_other_figure_bare_tells_it_as_another_fact(string total, bool conflict)
    {
        var findings = FindingsOf(total, "The storm closed 48 schools across the district, officials said.");

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Officials said 60 percent of the extra toll money from the bridge will go to repairs.", false)]
    [InlineData("Officials said the 60 percent increase in the bridge toll will pay for repairs.", true)]
    public void A_part_of_a_whole_and_the_size_of_a_change_are_two_facts(string other, bool conflict)
    {
        var findings = FindingsOf("Officials said the 40 percent increase in the bridge toll will pay for repairs and extra money.", other);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_far_open_bound_in_the_same_report_states_no_rival_figure()
    {
        // "more than 20 minutes" holds 84 minutes without stating it: the report's own 108 minutes still meets the rival's 84.
        var findings = FindingsOf(
            "The squash final lasted 84 minutes, with the deciding game the longest.",
            "The squash final lasted an hour and 48 minutes, and the deciding game alone went on for more than 20 minutes.");

        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict && f.Claims.Any(c => c.Text == "84 minutes"));
    }

    [Theory]
    [InlineData("A total of 611 flights were cancelled across Monday and Tuesday at the airport, the operator said.", FindingKind.SingleSource)]
    [InlineData("Over the two days 611 flights were cancelled at the airport, the operator said.", FindingKind.SingleSource)]
    [InlineData("A total of 611 flights were cancelled on Monday at the airport, the operator said.", FindingKind.Conflict)]
    [InlineData("The operator said 611 flights were cancelled at the airport on Monday, bringing the two-day total to 900.", FindingKind.Conflict)] // its own day is nearer
    public void A_total_over_several_days_is_no_count_of_one_of_them(string total, FindingKind expected)
    {
        var findings = FindingsOf(total, "The operator said 343 flights were cancelled at the airport on Monday.", new DateOnly(2026, 3, 10));

        Assert.Contains(findings, f => f.Kind == expected && f.Claims.Any(c => c.Text.StartsWith("611", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Kind != expected && f.Claims.Any(c => c.Text.StartsWith("611", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("vessel", "ship", FindingKind.Conflict)]
    [InlineData("employee", "worker", FindingKind.Conflict)]
    [InlineData("crew", "seafarer", FindingKind.Conflict)]
    [InlineData("home", "household", FindingKind.Conflict)]
    [InlineData("crowd", "supporter", FindingKind.Conflict)]
    [InlineData("shop", "branch", FindingKind.Conflict)]
    [InlineData("store", "outlet", FindingKind.Conflict)]
    [InlineData("boat", "ship", FindingKind.SingleSource)]
    public void Counted_nouns_of_one_synonym_group_are_one_fact(string nounA, string nounB, FindingKind expected)
    {
        var sa = Source("a.txt", $"Harbour officials said 60 {nounA}s were diverted to other ports during the strike.");
        var sb = Source("b.txt", $"Harbour officials said 90 {nounB}s were diverted to other ports during the strike.");
        var cluster = Cluster(
            (sa, [QuantityAt(sa, "60", Quantity.Of(60, nounA))]),
            (sb, [QuantityAt(sb, "90", Quantity.Of(90, nounB))]));

        var findings = new QuantityComparer().Compare(cluster).ToList();

        Assert.Equal(expected, findings[0].Kind);
        Assert.Equal(expected == FindingKind.Conflict ? 1 : 2, findings.Count);
    }

    [Theory]
    [InlineData("The crossing takes under an hour, and in winter there are only five sailings a day.", false)]
    [InlineData("The crossing takes under an hour, and there are only five sailings a day.", true)]
    [InlineData("The crossing takes under an hour, with five sailings a day in winter against eight in summer.", true)]
    [InlineData("The female weighed 80 pounds, and there are only five sailings a day.", true)]
    [InlineData("The crossing takes under an hour; there are only five sailings a day in winter, but more in summer.", false)] // its clause names winter
    [InlineData("The crossing takes under an hour; there are only five sailings a day in summer, but more in winter.", true)] // its clause names summer
    public void Figures_of_other_seasons_are_other_facts(string other, bool conflict)
    {
        // "in winter" and "in summer" set the two counts apart; a sentence naming both seasons compares them and sets
        // nothing apart, and a word of another group (a sex) says nothing of seasons.
        var findings = FindingsOf(
            "Crossings to the island take 55 minutes, with eight sailings a day in summer.",
            other);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict && f.Summary.Contains("sailing", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(840_000, 480_000, true)]
    [InlineData(1_620_000, 1_260_000, true)]
    [InlineData(87, 78, true)]
    [InlineData(1_200, 2_100, true)] // trailing zeros aside: "12" and "21"
    [InlineData(1_620_000, 2_610_000, false)] // two digits apart, not neighbours
    [InlineData(840_000, 840_000, false)] // one figure
    [InlineData(5, 50, false)] // one significant digit
    [InlineData(123, 132, true)]
    [InlineData(123, 321, false)]
    public void Two_figures_with_neighbouring_digits_swapped_are_transposed(int a, int b, bool transposed) =>
        Assert.Equal(transposed, QuantityComparer.Transposed(Quantity.Of(a, "GBP"), Quantity.Of(b, "GBP")));

    [Theory]
    [InlineData("The winner takes home $1.26 million for the victory, the biggest payday of his career.", true)]
    [InlineData("The winner takes home $1.14 million for the victory, the biggest payday of his career.", false)]
    public void A_figure_with_two_digits_swapped_is_one_fact_on_little_shared_wording(string other, bool conflict)
    {
        var findings = FindingsOf("The title is worth $1.62 million from the $9 million purse, tournament officials said.", other);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Tram drivers will stage two 24-hour strikes across the network, the union said.", false)]
    [InlineData("Tram drivers will stage a 24-hour strike across the network, the union said.", true)]
    public void A_measure_of_each_of_several_meets_their_total(string other, bool conflict)
    {
        var findings = FindingsOf("Tram drivers will stage 48 hours of strikes across the network, the union said.", other);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Two bakery workers were listed in serious condition, a hospital spokeswoman said.", false)]
    [InlineData("Two bakery workers were in a critical condition, a hospital spokeswoman said.", false)]
    [InlineData("Two bakery workers were inside the shop when the blast hit, a fire chief said.", true)]
    public void Those_present_and_those_badly_hurt_are_other_counts(string other, bool conflict)
    {
        var findings = FindingsOf("Four employees were inside preparing the bread when the explosion happened, the fire chief said.", other);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The breeding female weighs about 86 pounds, a biologist said.", false)]
    [InlineData("The breeding male weighs about 86 pounds, a biologist said.", true)]
    public void Figures_of_the_male_and_the_female_are_other_facts(string other, bool conflict)
    {
        var findings = FindingsOf("The breeding male weighed 112 pounds when he was collared last month.", other);

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("A school lunch will cost £2.95 from September, the cabinet decided. Ingredient costs rose 12% last year, officials said.", FindingKind.Conflict)]
    [InlineData("A school lunch will cost £2.80 from September, the cabinet decided. Ingredient costs rose 12% last year, officials said.", FindingKind.Agreement)]
    public void Prices_of_one_thing_are_one_fact_on_little_shared_wording(string other, FindingKind expected)
    {
        var findings = FindingsOf(
            "Parents will pay £2.80 for a school lunch from September, up from £2.45, after the borough council approved a rise. Officials said ingredient costs had climbed 12% in a year.",
            other);

        Assert.Contains(findings, f => f.Kind == expected && f.Claims.Any(c => c.Text == "£2.80"));
    }

    [Fact]
    public void A_shared_canonical_unit_aligns_numbers_the_rules_name_differently()
    {
        var sa = Source("a.txt", "The two sides agreed to swap 1,000 prisoners each at the border crossing.");
        var sb = Source("b.txt", "The two sides agreed to swap 1,200 captives apiece at the border crossing.");
        var canonical = new FactCheck.Core.Claims.CanonicalForm(null, "exchange", "prisoners", null, null, null, null) { Unit = "prisoner" };
        var a = QuantityAt(sa, "1,000", Quantity.Of(1000, "prisoner")) with { Canonical = canonical };
        var b = QuantityAt(sb, "1,200", Quantity.Of(1200, "captive")) with { Canonical = canonical };

        var withCanonical = new QuantityComparer().Compare(Cluster((sa, [a]), (sb, [b]))).ToList();
        var rulesOnly = new QuantityComparer().Compare(Cluster((sa, [a with { Canonical = null }]), (sb, [b with { Canonical = null }]))).ToList();

        Assert.Equal(FindingKind.Conflict, Assert.Single(withCanonical).Kind);
        Assert.All(rulesOnly, f => Assert.Equal(FindingKind.SingleSource, f.Kind));
    }

    /// <summary>One finding of <paramref name="expected"/> kind, or, when it is null, no fact at all: each figure stands alone.</summary>
    private static void AssertOneFactOrNone(List<Finding> findings, FindingKind? expected)
    {
        if (expected is { } kind)
        {
            Assert.Equal(kind, Assert.Single(findings).Kind);
        }
        else
        {
            Assert.All(findings, f => Assert.Equal(FindingKind.SingleSource, f.Kind));
        }
    }
}

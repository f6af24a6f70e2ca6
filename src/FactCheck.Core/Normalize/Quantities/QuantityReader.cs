using System.Buffers;
using System.Text.RegularExpressions;
using FactCheck.Core.Data;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Reads the quantities of a news text: numbers (<see cref="NumberRecognizer"/>) with their units
/// (<see cref="MeasureRecognizer"/>), ranges (<see cref="RangeRecognizer"/>), hedges, bounds,
/// change words and counted nouns, leaving out numbers that label rather than count
/// (<see cref="IdentifierFilter"/>): years, days, times, phone numbers, "Gate 12", "F-16".
/// </summary>
public static partial class QuantityReader
{
    private static readonly PhraseMatcher<bool> Hedges = new(Lexicon.Entries("quantity-hedges").Select(h => (h, true)));
    private static readonly Dictionary<string, Direction> Directions = ReadDirections(objects: false);

    /// <summary>Change verbs that take an object before "by": "raised its benchmark rate by 25 basis points".</summary>
    private static readonly Dictionary<string, Direction> DirectionsWithObject = ReadDirections(objects: true);
    private static readonly HashSet<string> OneIdioms = Lexicon.Set("quantity-one-idioms");

    public static IReadOnlyList<QuantityMention> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = NumberRecognizer.FindAll(text);
        var measures = MeasureRecognizer.Find(text, numbers);
        var measureAt = MeasuresByNumber(numbers, measures);

        var found = new List<QuantityMention>();
        var consumed = 0;
        var lastAgeEnd = -1;
        for (var i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            if (n.Span.Start < consumed)
            {
                continue;
            }

            var measure = measureAt[i];
            var core = measure?.Span ?? n.Span;
            if (core.Start < consumed)
            {
                core = n.Span;
                measure = null;
            }

            var unit = measure?.Unit;
            decimal low = measure?.Value ?? n.Value, high = low;
            var twoSided = false;

            // A range: "20-30 km", "between $20 and $30", "from 5 to 7 percent".
            if (i + 1 < numbers.Count && Range(text, n, measure, numbers[i + 1], measureAt[i + 1]) is { } r)
            {
                var (span, second, secondMeasure) = r;
                var secondUnit = secondMeasure?.Unit;
                unit ??= secondUnit;
                if (secondUnit is null || measure is null || secondUnit.Unit == measure.Unit.Unit)
                {
                    var highValue = secondMeasure?.Value ?? second.Value;
                    var lowValue = measure?.Value ?? n.Value;
                    if (n.Value != 0 && (measure is null || measure.Value == n.Value * measure.Unit.Multiplier))
                    {
                        lowValue *= ScaleLike(n, second, highValue) / n.Value;
                    }

                    if (lowValue < highValue)
                    {
                        core = span;
                        low = lowValue;
                        high = highValue;
                        twoSided = true;
                        i++;
                    }
                }
            }

            if (!twoSided && measure is null && n.OrdinalSuffix && MatchMinuteEnd(text, n.Span.End) is { } minuteEnd)
            {
                // An ordinal labels ("the 3rd time", "his 12th title"), but a game's minute is a figure reporters
                // give and get wrong: "equalised in the 63rd minute", "an 88th-minute penalty".
                unit = UnitLexicon.MatchMinute;
                core = new TextSpan(core.Start, minuteEnd);
            }
            else if (!twoSided && IdentifierFilter.IsLabel(text, n, measure))
            {
                continue;
            }

            var start = core.Start;
            var end = core.End;
            var approximate = false;
            var bound = Bound.Exact;
            var direction = Direction.None;

            // Hedges and bounds before: "about", "more than", "just over", "an estimated".
            for (var k = 0; k < 3; k++)
            {
                var e = TextScan.SkipSpacesBack(text, start);
                var hedge = Hedges.MatchBefore(text, e);
                var b = RangeRecognizer.BoundBefore(text, start);
                if (hedge is null && (b is null || twoSided))
                {
                    break;
                }

                if (hedge is { } h && (b is null || h.Start <= b.Value.Start))
                {
                    approximate = true;
                    if (b is { } hb && hb.Start == h.Start)
                    {
                        bound = ToBound(hb.Symbol);
                    }

                    start = h.Start;
                }
                else if (b is { } bb && !twoSided)
                {
                    bound = bound == Bound.Exact ? ToBound(bb.Symbol) : bound;
                    start = bb.Start;
                }
            }

            // A change: "rose 5%", "fell by 3 points", "up about 2%".
            var before = TextScan.PreviousWord(text, start);
            var by = before is { Word: "by" };
            if (by || before is { Word: "of" })
            {
                // "fell by 3 points", "an increase of 18%"
                before = TextScan.PreviousWord(text, before!.Value.Start);
            }

            // "a further 120 jobs", "an additional 300 nurses": a count added to one told before, a change even of a counted noun.
            var added = !by && before is { Word: "further" or "additional" };
            // "The fund has lost £24 million": a sum lost is the size of a loss, as "wrote off £42m" is, not a change in a level.
            if (before is { } dw && Directions.TryGetValue(dw.Word, out var d) && !Constitutes(text, dw)
                && !(dw.Word is "lost" or "lose" or "loses" or "losing" && unit is { Kind: MeasureKind.Currency }))
            {
                direction = d;
            }
            else if (by && ChangedObject(text, before) is { } verb)
            {
                direction = verb;
            }

            // An age: "aged 81", "at age 81", or set off after a name: "Ilse Moor, 61, denied it".
            if (unit is null && TextScan.PreviousWord(text, core.Start) is { Word: "aged" or "age" or "ages" } age)
            {
                unit = new UnitInfo("age", MeasureKind.Age);
                start = Math.Min(start, age.Start);
            }
            else if (unit is null && !twoSided && IsAgeAfterName(text, n))
            {
                unit = new UnitInfo("age", MeasureKind.Age);
            }
            else if (unit is null && !twoSided && IsAgeLevel(text, core.Start, lastAgeEnd))
            {
                unit = new UnitInfo("age", MeasureKind.Age);
            }

            // What is counted: "1,000 prisoners", "nine schools".
            string? counted = null;
            string? unitName = unit?.Unit;
            decimal? partOf = null;
            if (unit is null && n.Form == NumberForm.Fraction && high < 1 && FractionOfOne(text, end) is { } single)
            {
                // "won by three-quarters of a length": a share of one thing measures in that thing, as "two and a quarter lengths" does.
                counted = single.Phrase;
                unitName = single.Unit;
                end = single.End;
            }
            else if (unit is null && !(n.Form == NumberForm.Fraction && high < 1))
            {
                var noun = CountedNounReader.Read(text, end, high);
                var ratio = n.Form == NumberForm.Fraction && (TextScan.NextWord(text, n.Span.End) is { Word: "of" }
                    || text.AsSpan(n.Span.Start, n.Span.Length).Contains(" in ", StringComparison.OrdinalIgnoreCase)
                    || text.AsSpan(n.Span.Start, n.Span.Length).Contains(" out of ", StringComparison.OrdinalIgnoreCase));
                if (noun is not null && n.Spelled && high == 1 && (OneIdioms.Contains(noun.Unit) || OneIdiomAfter(text, noun.End)))
                {
                    continue; // "at one point", "on the one hand", "one car too many", "one step at a time"
                }

                if (noun is not null && noun.Unit == "vote" && TextScan.NextWord(text, noun.End) is { Word: "to" } to && TextScan.NumberFollows(text, to.End))
                {
                    continue; // "by 28 votes to 23" is a tally, the vote's result, not a count of votes on its own
                }

                if (noun is not null && IsWholeAfterPart(text, start))
                {
                    continue; // "92 of the Assembly's 200 seats": the whole a part is counted against, not a figure of its own
                }

                if (noun is not null)
                {
                    counted = noun.Phrase;
                    unitName = CapacityOf(text, start, InhabitantsOf(text, start, EmployedAs(text, start, noun.Unit)));
                    end = noun.End;

                    // "lost three ships" counts losses; only "fell by 3 points"-like wording makes a count a change.
                    direction = by || added || noun.Unit == "point" ? direction : Direction.None;
                }
                else if (!ratio && !n.Spelled && i + 1 < numbers.Count && PartOf(text, end, high, numbers[i + 1]) is { } whole)
                {
                    // "about 11,000 of the country's 14,500 hospital doctors": the part counts what the whole does (the whole
                    // itself is no figure of its own, above). Digits only, as for the whole: "two of the 40 miners" keeps its 40.
                    counted = whole.Noun.Phrase;
                    unitName = whole.Noun.Unit;
                    partOf = whole.Value;
                    direction = by ? direction : Direction.None; // "lost 40 of its 120 soldiers" counts losses, as "lost 40 soldiers" does
                }
                else if (!ratio && !twoSided && AllOf(text, start, end, high) is { } all)
                {
                    // "cut fares on all forty-two of its routes": "all" makes the count the whole of what follows "of".
                    counted = all.Phrase;
                    unitName = all.Unit;
                    end = all.End;
                    direction = by ? direction : Direction.None;
                }
                else if (!ratio && !twoSided && (!n.Spelled || high >= 2) && OwnOf(text, end, high) is { } own)
                {
                    // "some 130,000 of its Bitsy Bear plush toys": a count of what follows its owner's "of".
                    counted = own.Phrase;
                    unitName = own.Unit;
                    end = own.End;
                    direction = by ? direction : Direction.None;
                }
                else if (!ratio && GroupBefore(text, start) is { } group)
                {
                    // "A crowd of 61,422", "a workforce of 13,500": the group's size, counted in its members.
                    counted = group;
                    unitName = group;
                }
                else if (!ratio && NumberOfBefore(text, start) is { } named)
                {
                    counted = named.Phrase;
                    unitName = named.Unit;
                }
                else if (!ratio && CountsDeaths(text, start))
                {
                    // "the death toll rose to 312", "the blast killed at least 12": the dead are counted.
                    counted = "deaths";
                    unitName = "death";
                }
                else if (!ratio && !twoSided && high >= 1 && high == decimal.Floor(high) && BefellAfter(text, end))
                {
                    // "41 runners were treated and nine were taken to hospital", "two were killed": people, counted by what befell them.
                    counted = "people";
                    unitName = "person";
                }
                else if (!ratio && !twoSided && high >= 1 && high == decimal.Floor(high) && found.Count > 0 && found[^1].Quantity is { Counted: { } countedBefore, Unit: { } unitBefore }
                    && TextScan.NextWord(text, end) is { Word: "had" or "have" or "has" or "were" or "was" } && InOneSentence(text, found[^1].Span.End, start))
                {
                    // "By 8 p.m., 41 residents had spoken; by the end of the night, 63 had addressed the council": the count
                    // before, in the same sentence, says what a bare count that opens its clause counts.
                    counted = countedBefore;
                    unitName = unitBefore;
                }
                else if (!ratio && !twoSided && found.Count > 0 && found[^1].Quantity is { Counted: { } countedEarlier, Unit: { } unitEarlier, Prior: false }
                    && IsPriorLevel(text, start) && InOneSentence(text, found[^1].Span.End, start))
                {
                    // "83 people had registered, up from 61 earlier in the day": the level a count moved from counts what it counts.
                    counted = countedEarlier;
                    unitName = unitEarlier;
                }
                else if (!ratio && !twoSided && PartOfEarlierCount(text, start, high, found) is { } ofGroup)
                {
                    // "1,873 patients waited more than 12 hours, including 640 aged over 75": a part of the group counted before
                    // counts what it counts, as a part of it ("Of the 450 homes, 157 will be affordable").
                    counted = ofGroup.Counted;
                    unitName = ofGroup.Unit;
                    partOf = ofGroup.Low == ofGroup.High ? ofGroup.High : null;
                }
                else if (n.Spelled && !approximate && bound == Bound.Exact && !twoSided && !ratio)
                {
                    // A spelled number with nothing counted ("the two met", "one of them") states no amount.
                    continue;
                }
            }

            // A share of a group ("one in five schools", "two-thirds of the voters", "7 out of 10 households")
            // is a percentage of what is counted, so that "a fifth of schools" meets "one in four schools";
            // a change by a fraction is a change by that share ("rose by a fifth" is up 20%).
            if (unit is null && counted is null && n.Form == NumberForm.Fraction && high < 1)
            {
                var share = ShareOf(text, n);
                if (share is not null || (by && direction != Direction.None))
                {
                    unitName = "%";
                    low *= 100;
                    high *= 100;
                    counted = share?.Phrase;
                    end = share?.End ?? end;
                }
            }

            if (n.Form == NumberForm.Fraction && n.Spelled && unit is null && counted is null
                && TextScan.PreviousWord(text, n.Span.Start) is { Word: "first" or "second" })
            {
                continue; // "the first half of 2027", "in the second half": a part of a period or a match, not a fraction
            }

            if (n.Form == NumberForm.Fraction && n.Spelled && unitName is null && counted is null
                && TextScan.NextWord(text, n.Span.End) is not { Word: "of" }
                && !text.AsSpan(n.Span.Start, n.Span.Length).Contains(" in ", StringComparison.OrdinalIgnoreCase)
                && !text.AsSpan(n.Span.Start, n.Span.Length).Contains(" out of ", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "for a third time": an ordinal use, not a fraction of something
            }

            if (unitName is null && !by)
            {
                direction = Direction.None; // "lost 40 of its soldiers": a bare count, not a change
            }

            if (RangeRecognizer.BoundAfter(text, end) is { } after && bound == Bound.Exact && !twoSided && after.Symbol != "=")
            {
                bound = ToBound(after.Symbol);
                end = after.End;
            }

            if (TextScan.NextWord(text, end) is { Word: "ago" })
            {
                // "down from 63 four years ago", "as recently as four seasons ago": a time before now, which dates something,
                // not an amount.
                continue;
            }

            if (UnitLexicon.IsDuration(unitName) && TextScan.PreviousWord(text, start) is { Word: "every" })
            {
                // "Keepers feed her every three hours", "elections every four years": how often, not how long, so no
                // figure to set against a duration ("kept the birth quiet for three weeks").
                continue;
            }

            if (direction == Direction.None && unitName == "%" && (ComparedAfter(text, end) ?? ChangeNounAfter(text, end)) is { } compared)
            {
                direction = compared; // "38% higher than in the same period last year", "a 28% increase on March": a rise of 38%, of 28%
            }

            if (direction == Direction.None && unitName is not null && BeyondNormalAfter(text, end) is { } beyond)
            {
                direction = beyond; // "running about 40cm above its normal level", "3C below average": how far from the usual, no level
            }

            var rate = RateAfter(text, end);
            end = rate?.End ?? end;
            var each = TextScan.NextWord(text, end) is { Word: "each" or "apiece" } || PerSideAfter(text, end) || (unit is not null && unitName != "age" && !twoSided && MeasuresEachOf(text, n, end));
            lastAgeEnd = unitName == "age" ? end : lastAgeEnd;
            var quantity = new Quantity(low, high, unitName, counted, approximate, bound, each, direction, Prior: !twoSided && (IsPriorLevel(text, start) || IsComparisonBase(text, start) || IsSupersededRecord(text, start) || IsOriginalLevel(text, start) || IsOvertaken(text, end)), Per: rate?.Per, Whole: partOf, Projected: !twoSided && (IsProjected(text, start) || IsExpected(text, end) || IsWished(text, start) || IsRequired(text, start) || IsForecast(text, start) || IsConditional(text, end)));
            found.Add(new QuantityMention(new TextSpan(start, end), quantity));
            consumed = end;
        }

        JoinCompoundDurations(text, found);

        // Times taken ("clocked 8:14.83"): their digits are labels to the scan above, which reads none of them. Places
        // ("finished second", "took bronze") are ordinals and medals, which it reads as no figure either.
        var anyTaken = false;
        foreach (var taken in TimeTakenReader.Read(text).Concat(PlacingReader.Read(text)))
        {
            found.RemoveAll(f => f.Span.Overlaps(taken.Span));
            found.Add(taken);
            anyTaken = true;
        }

        if (anyTaken)
        {
            found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        // "Hundreds of protesters", "tens of thousands of people": amounts with no figure.
        List<QuantityMention>? vague = null;
        foreach (var mention in VagueAmountReader.Read(text, found))
        {
            (vague ??= []).Add(mention);
        }

        if (vague is not null)
        {
            found.AddRange(vague);
            found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return found;
    }

    /// <summary>Where "minute" ends after the ordinal number ending at <paramref name="numberEnd"/> ("63rd minute", "88th-minute"); null when no such word follows.</summary>
    private static int? MatchMinuteEnd(string text, int numberEnd)
    {
        var i = TextScan.WordEnd(text, numberEnd); // the ordinal ending: "rd", "th"
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        return TextScan.NextWord(text, i) is { Word: "minute" } minute ? minute.End : null;
    }

    /// <summary>The range starting at <paramref name="a"/>, if the next number closes one.</summary>
    private static (TextSpan Span, NumberMatch Second, Measure? SecondMeasure)? Range(
        string text, NumberMatch a, Measure? am, NumberMatch b, Measure? bm)
    {
        if (a.InSequence || b.InSequence || !a.IsStandalone && am is null)
        {
            return null;
        }

        var aSpan = am?.Span ?? a.Span;
        var bSpan = b.Span;
        if (bm is not null && bm.Span.Start < b.Span.Start)
        {
            bSpan = new TextSpan(bm.Span.Start, b.Span.End); // "$20 to $30": the second sign starts the second end
        }

        var r = RangeRecognizer.TwoSided(text, aSpan, am?.Value ?? a.Value, bSpan, b.Value * (bm?.Unit.Multiplier ?? 1));
        r ??= RangeRecognizer.TwoSided(text, aSpan, ScaleLike(a, b, bm?.Value ?? b.Value), bSpan, bm?.Value ?? b.Value);
        if (r is null || IdentifierFilter.IsSpanOrScore(text, a, b) || IdentifierFilter.IsDateOrTime(text, a) || IdentifierFilter.IsDateOrTime(text, b) || (am is null && IdentifierFilter.IsLabel(text, a, null, inRange: true)))
        {
            return null;
        }

        // "rose from 5% to 7%", "raise the retirement age from 62 to 64", "will go from £96 to £110" state two levels, not a range.
        if (text.AsSpan(r.Span.Start, r.Span.Length).StartsWith("from", StringComparison.OrdinalIgnoreCase)
            && TextScan.PreviousWord(text, r.Span.Start) is { } v && (Directions.ContainsKey(v.Word) || ChangedObject(text, v) is not null || MotionVerbs.Contains(v.Word)))
        {
            return null;
        }

        // "will go up by £14 to £110": a change and the level it reaches, when the level is far above the change. "Cut by 10
        // to 15 per cent" is a range of the change.
        if (TextScan.PreviousWord(text, r.Span.Start) is { Word: "by" } && r.Low is > 0 and var low && r.High >= ChangeAndLevelRatio * low)
        {
            return null;
        }

        var end = Math.Max(r.Span.End, bm?.Span.End ?? b.Span.End);
        return (new TextSpan(r.Span.Start, end), b, bm);
    }

    /// <summary>
    /// Whether a measure joined to its unit by a hyphen stands before a plural noun ("two 24-hour strikes", "three
    /// 90-minute sessions"): it measures each of them, not all of them together ("48 hours of walkouts").
    /// </summary>
    private static bool MeasuresEachOf(string text, NumberMatch n, int end) =>
        n.Span.End < end && text[n.Span.End] == '-' && TextScan.NextWord(text, end) is { } noun
        && CountedNounReader.LooksPlural(noun.Word) && text.AsSpan(n.Span.End, end - n.Span.End).IndexOfAny(' ', '\t') < 0;

    // Verbs of a level moving that say nothing of which way: "will go from £96 to £110".
    private static readonly HashSet<string> MotionVerbs = new(StringComparer.Ordinal)
    {
        "go", "goes", "went", "gone", "going", "move", "moves", "moved", "moving", "change", "changes", "changed", "changing",
    };

    // How many times the change a level after "by … to" must be for the two to be a change and a level, not a range.
    private const decimal ChangeAndLevelRatio = 3;

    /// <summary>
    /// The measure of each number, by its index (the first measure found for it wins). Measures hold
    /// the very number objects of the list and come in text order, so a cursor finds each one without
    /// hashing object identities.
    /// </summary>
    private static Measure?[] MeasuresByNumber(IReadOnlyList<NumberMatch> numbers, IReadOnlyList<Measure> measures)
    {
        var byIndex = new Measure?[numbers.Count];
        var cursor = 0;
        foreach (var m in measures)
        {
            var k = IndexOf(numbers, m.Number, cursor);
            if (k >= 0)
            {
                byIndex[k] ??= m;
                cursor = k;
            }
        }

        return byIndex;
    }

    /// <summary>Where the very object <paramref name="number"/> stands in the list, looking from <paramref name="from"/> on first; -1 if absent.</summary>
    private static int IndexOf(IReadOnlyList<NumberMatch> numbers, NumberMatch number, int from)
    {
        for (var k = from; k < numbers.Count; k++)
        {
            if (ReferenceEquals(numbers[k], number))
            {
                return k;
            }
        }

        for (var k = 0; k < Math.Min(from, numbers.Count); k++)
        {
            if (ReferenceEquals(numbers[k], number))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"20-30 million": the first end borrows the second's scale when it has none of its own.</summary>
    private static decimal ScaleLike(NumberMatch a, NumberMatch b, decimal bValue)
    {
        if (a.Scaled || !b.Scaled || b.Value == 0)
        {
            return a.Value;
        }

        foreach (var scale in new[] { 1_000_000_000_000m, 1_000_000_000m, 1_000_000m, 1000m })
        {
            if (bValue % scale == 0 || bValue / scale >= 1)
            {
                return a.Value * scale;
            }
        }

        return a.Value;
    }

    /// <summary>
    /// Whether a number with no noun of its own counts the dead: right after a killing verb
    /// ("killed 12"), or within eight words after "toll" in its clause ("the death toll from
    /// Monday's quake rose to 312").
    /// </summary>
    /// <summary>
    /// "employs 41,000 people", "will employ about 300 workers": the people a verb of employing counts
    /// are its employees (a headcount, unlike those it hires or cuts), so they meet "41,000 employees".
    /// </summary>
    private static string EmployedAs(string text, int start, string unit) =>
        unit is "person" or "people" or "individual" or "worker"
        && TextScan.PreviousWord(text, start) is { Word: "employ" or "employs" or "employed" or "employing" }
            ? "employee"
            : unit;

    /// <summary>
    /// "licensed to carry up to 400 passengers", "the ferry can carry 300 people": what a thing can take is its capacity,
    /// not a count of what it took, so the unit says so ("passenger capacity") and only another capacity is the same fact.
    /// Not "a mission to carry six satellites" (a purpose) nor "would hold 75 seats" (holding is also having).
    /// </summary>
    private static string CapacityOf(string text, int start, string unit)
    {
        if (TextScan.PreviousWord(text, start) is not { Word: "carry" or "accommodate" or "seat" } verb || TextScan.PreviousWord(text, verb.Start) is not { } before)
        {
            return unit;
        }

        var able = before.Word is "can" or "could"
            || (before.Word == "to" && TextScan.PreviousWord(text, before.Start) is { Word: "licensed" or "designed" or "able" or "built" or "certified" or "allowed" or "permitted" or "equipped" or "enough" });
        return able ? unit + " capacity" : unit;
    }

    // Places whose size in people is their population: "a town of about 3,000 people", "a country of 6 million people".
    private static readonly HashSet<string> PopulatedPlaces = new(StringComparer.Ordinal)
    {
        "town", "city", "village", "country", "nation", "island", "region", "province", "state", "district", "county", "community",
        "suburb", "municipality", "hamlet", "capital", "port", "territory", "enclave", "metropolis", "settlement", "valley", "archipelago",
    };

    /// <summary>
    /// "a market town of about 3,000 people", "a country of 6 million people": the people a place "of" counts are its
    /// inhabitants, a population, which no count of people something befell ("about 3,000 people were evacuated") can be.
    /// </summary>
    private static string InhabitantsOf(string text, int start, string unit) =>
        unit is "person" or "people" or "resident" or "inhabitant" or "soul"
        && TextScan.PreviousWord(text, start) is { Word: "of" } of && TextScan.PreviousWord(text, of.Start) is { } place && PopulatedPlaces.Contains(place.Word)
            ? "inhabitant"
            : unit;

    private static bool CountsDeaths(string text, int start)
    {
        var word = TextScan.PreviousWord(text, start);
        if (word is { Word: "killed" or "killing" or "kills" or "kill" })
        {
            return true;
        }

        // Back over at most twelve words of the clause ("the death toll from Wednesday's earthquake in the province rose to 19"): a sentence mark or another number ends it.
        var words = 0;
        for (var p = start - 1; p >= 0 && words < 12; p--)
        {
            var c = text[p];
            if (c is '.' or ';' or ':' or '!' or '?' || char.IsAsciiDigit(c))
            {
                return false;
            }

            if (!char.IsLetter(c))
            {
                continue;
            }

            var end = p + 1;
            while (p > 0 && (char.IsLetter(text[p - 1]) || text[p - 1] is '\'' or '’'))
            {
                p--;
            }

            words++;
            if (text.AsSpan(p, end - p).Equals("toll", StringComparison.OrdinalIgnoreCase))
            {
                // A toll road, booth or fee is a charge, not a count of the dead; so is a bridge's toll, the toll for trucks and a
                // toll increase.
                return TextScan.NextWord(text, end) is not { Word: "road" or "roads" or "booth" or "booths" or "bridge" or "plaza" or "fee" or "fees" or "charge" or "charges" or "free" or "lane" or "lanes" or "rate" or "rates" or "for" or "increase" or "increases" or "hike" or "hikes" or "rise" or "rises" }
                    && TextScan.PreviousWord(text, p) is not { Word: "bridge" or "road" or "motorway" or "highway" or "tunnel" or "car" or "truck" or "crossing" or "ferry" or "congestion" };
            }
        }

        return false;
    }

    /// <summary>
    /// "Moor, 61, said", "said resident Mira Holt, 47.": a whole number under 120 after a comma and a
    /// capitalised word, closed by a comma or the sentence's full stop, is that person's age. "In Leeds, 40, were hurt" does not arise in news prose; a list ("1, 2, 3") has no name before it.
    /// </summary>
    private static bool IsAgeAfterName(string text, NumberMatch n)
    {
        if (n.Value is < 1 or >= 120 || n.Value != decimal.Truncate(n.Value) || n.Spelled
            || n.Span.Start < 3 || text[n.Span.Start - 1] != ' ' || text[n.Span.Start - 2] != ','
            || n.Span.End >= text.Length || !(text[n.Span.End] == ',' || (text[n.Span.End] == '.' && (n.Span.End + 1 == text.Length || !char.IsAsciiDigit(text[n.Span.End + 1])))))
        {
            return false;
        }

        return TextScan.PreviousWord(text, n.Span.Start - 2) is { } name && char.IsUpper(text[name.Start]);
    }

    private static Bound ToBound(string symbol) => symbol switch
    {
        ">" => Bound.Above,
        ">=" => Bound.AtLeast,
        "<" => Bound.Below,
        "<=" => Bound.AtMost,
        _ => Bound.Exact,
    };

    /// <summary>
    /// The group a share is of: the plural noun after "one in five" or "7 out of 10", or after "of"
    /// (and "the", "its", "their", "all") after a fraction; null when none, or when a number stands
    /// there ("half of the 300 patients" counts the patients on its own).
    /// </summary>
    private static CountedNoun? ShareOf(string text, NumberMatch n)
    {
        var at = n.Span.End;
        var within = text.AsSpan(n.Span.Start, n.Span.Length);
        if (!within.Contains(" in ", StringComparison.OrdinalIgnoreCase) && !within.Contains(" out of ", StringComparison.OrdinalIgnoreCase))
        {
            if (TextScan.NextWord(text, at) is not { Word: "of" } of)
            {
                return null;
            }

            at = of.End;
            if (TextScan.NextWord(text, at) is { Word: "the" or "its" or "their" or "all" or "our" or "his" or "her" } article)
            {
                at = article.End;
            }
        }

        var next = TextScan.SkipSpaces(text, at);
        if (next >= text.Length || !char.IsLetter(text[next]))
        {
            return null;
        }

        return CountedNounReader.Read(text, at, 2) is { } noun && CountedNounReader.LooksPlural(noun.Phrase.Split(' ')[^1]) ? noun : null;
    }

    /// <summary>
    /// Whether the figure at <paramref name="start"/> is what was first set or said, since changed: "was originally indicted
    /// on seven counts", "initially put the cost at €2 billion". "Originally" or "initially" within five words before it,
    /// in its clause; or the figure is "of" or "for" an earlier one of a thing ("an earlier proposal of 220 pence a share", "a
    /// previous estimate of 300", "a previous application for 600 homes").
    /// </summary>
    private static bool IsOriginalLevel(string text, int start)
    {
        // Runs for every figure, so the words are compared where they stand, not copied.
        if (TextScan.PreviousWordSpan(text, start) is var (os, oe) && (Is(text, os, oe, "of") || Is(text, os, oe, "for")) && TextScan.PreviousWordSpan(text, os) is var (ns, _))
        {
            var before = TextScan.PreviousWordSpan(text, ns);
            if ((before is var (bs, be) && IsEarlier(text, bs, be))
                || (before is var (adjective, _) && TextScan.PreviousWordSpan(text, adjective) is var (es, ee) && IsEarlier(text, es, ee)))
            {
                return true;
            }
        }

        var at = start;
        for (var words = 0; words < 5 && TextScan.PreviousWordSpan(text, at) is var (s, e); words++)
        {
            if (Is(text, s, e, "originally") || Is(text, s, e, "initially"))
            {
                return true;
            }

            at = s;
        }

        return false;
    }

    /// <summary>
    /// Whether the count ending at <paramref name="end"/> is one still expected: "where a crowd of more than 30,000 is
    /// expected", "30,000 people are expected", "lows near 4 degrees were forecast". It meets another expected count, not the
    /// crowd a report counted on the day.
    /// </summary>
    private static bool IsExpected(string text, int end)
    {
        // Runs for every figure, so the words are compared where they stand, not copied.
        var at = end;
        for (var words = 0; words < 3 && TextScan.NextWordSpan(text, at) is var (s, e); words++)
        {
            // NextWordSpan stops at a comma or a full stop: the clause has ended there.
            if (Is(text, s, e, "is") || Is(text, s, e, "are") || Is(text, s, e, "was") || Is(text, s, e, "were"))
            {
                return TextScan.NextWordSpan(text, e) is var (vs, ve)
                    && (Is(text, vs, ve, "expected") || Is(text, vs, ve, "forecast") || Is(text, vs, ve, "predicted") || Is(text, vs, ve, "projected"));
            }

            at = e;
        }

        return false;
    }

    /// <summary>
    /// The direction a share after which a comparison follows says the thing changed in: "38% higher than a year ago", "12
    /// per cent lower than in 2024", "20% more than last season" (a word of comparison, then "than"); or "higher" or "lower"
    /// alone, whose "than" goes without saying ("shares closed 3.4% lower on Thursday"). Null when none follows.
    /// </summary>
    private static Direction? ComparedAfter(string text, int end)
    {
        if (TextScan.NextWordSpan(text, end) is not var (s, e))
        {
            return null;
        }

        if (TextScan.NextWordSpan(text, e) is not var (ts, te) || !Is(text, ts, te, "than"))
        {
            return Is(text, s, e, "higher") ? Direction.Up : Is(text, s, e, "lower") ? Direction.Down : null;
        }

        return Is(text, s, e, "higher") || Is(text, s, e, "more") || Is(text, s, e, "greater") || Is(text, s, e, "above") ? Direction.Up
            : Is(text, s, e, "lower") || Is(text, s, e, "less") || Is(text, s, e, "fewer") || Is(text, s, e, "below") ? Direction.Down
            : null;
    }

    /// <summary>
    /// Which side of the usual a figure right before "above" or "below" and, within four words, a word of the usual lies on
    /// ("40cm above its normal level", "2C above the long-term average", "15% below the seasonal norm"); null otherwise
    /// ("200 metres above sea level" is a height, a level of its own).
    /// </summary>
    private static Direction? BeyondNormalAfter(string text, int end)
    {
        if (TextScan.NextWordSpan(text, end) is not var (s, e) || !(Is(text, s, e, "above") || Is(text, s, e, "below")))
        {
            return null;
        }

        // Within a few words, across hyphens but not a clause's end: "above the long-term average", "below its normal level".
        var at = e;
        for (var k = 0; k < UsualReach; k++)
        {
            while (at < text.Length && !char.IsLetter(text[at]) && text[at] is not (',' or ';' or ':' or '.'))
            {
                at++;
            }

            var wordStart = at;
            while (at < text.Length && char.IsLetter(text[at]))
            {
                at++;
            }

            if (at == wordStart)
            {
                return null;
            }

            if (UsualWordsBySpan.Contains(text.AsSpan(wordStart, at - wordStart)))
            {
                return Is(text, s, e, "above") ? Direction.Up : Direction.Down;
            }
        }

        return null;
    }

    private const int UsualReach = 4;

    private static readonly HashSet<string> UsualWords = new(StringComparer.OrdinalIgnoreCase) { "normal", "usual", "average", "typical", "seasonal", "expected" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UsualWordsBySpan = UsualWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns of a change a share may stand right before, measured from something: "a 28% increase on March 2025", "a 12 per
    // cent fall from last year". Not without one ("offering a 5.4% rise", the size of an award, as "a 5.4% pay offer" is),
    // nor past another word ("a 3.5% pay rise").
    private static readonly Dictionary<string, Direction> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["increase"] = Direction.Up, ["rise"] = Direction.Up, ["jump"] = Direction.Up, ["gain"] = Direction.Up, ["hike"] = Direction.Up,
        ["uplift"] = Direction.Up, ["growth"] = Direction.Up, ["surge"] = Direction.Up,
        ["fall"] = Direction.Down, ["drop"] = Direction.Down, ["decrease"] = Direction.Down, ["decline"] = Direction.Down,
        ["reduction"] = Direction.Down, ["cut"] = Direction.Down, ["slump"] = Direction.Down,
    };

    private static readonly Dictionary<string, Direction>.AlternateLookup<ReadOnlySpan<char>> ChangeNounsBySpan = ChangeNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The direction of the change a share stands right before, with what it is measured from ("a 28% increase on March
    /// 2025"); null when no such noun follows.
    /// </summary>
    private static Direction? ChangeNounAfter(string text, int end)
    {
        if (TextScan.NextWordSpan(text, end) is not var (s, e))
        {
            return null;
        }

        return ChangeNounsBySpan.TryGetValue(text.AsSpan(s, e - s), out var direction)
            && TextScan.NextWordSpan(text, e) is var (bs, be) && ChangeBasesBySpan.Contains(text.AsSpan(bs, be - bs))
            ? direction
            : null;
    }

    // Words that name what a change is measured from, or what changed: "a 28% increase on March 2025", "a 12% fall from last
    // year", "a 9% fall in like-for-like sales".
    private static readonly HashSet<string> ChangeBases = new(StringComparer.OrdinalIgnoreCase) { "on", "from", "since", "compared", "against", "in" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeBasesBySpan = ChangeBases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether text[start, end) is <paramref name="word"/>, whatever its case.</summary>
    private static bool Is(string text, int start, int end, string word) =>
        text.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsEarlier(string text, int start, int end) =>
        Is(text, start, end, "earlier") || Is(text, start, end, "previous") || Is(text, start, end, "prior");

    /// <summary>
    /// Whether the figure ending at <paramref name="end"/> holds only on a condition its clause sets right after it: "a fine,
    /// cut to £32.50 if they pay within 14 days", "£40 unless booked online". It is no rival to the level without one.
    /// </summary>
    private static bool IsConditional(string text, int end)
    {
        var at = end;
        for (var words = 0; words < 3 && TextScan.NextWordSpan(text, at) is var (s, e); words++)
        {
            // The next word is null at a comma or a full stop: the clause has ended there.
            if (Is(text, s, e, "if") || Is(text, s, e, "unless"))
            {
                return true;
            }

            at = e;
        }

        return false;
    }

    /// <summary>
    /// Whether the number at <paramref name="start"/> is what someone wishes to see, not what is: "I'd rather see 51
    /// theatres saved than none", "we would like to see 300 new homes". It is no rival to the level a report states.
    /// </summary>
    private static bool IsWished(string text, int start)
    {
        if (TextScan.PreviousWord(text, start) is not { Word: "see" } see)
        {
            return false;
        }

        var before = TextScan.PreviousWord(text, see.Start);
        return before is { Word: "rather" }
            || (before is { Word: "to" } to && TextScan.PreviousWord(text, to.Start) is { Word: var wish } && WishVerbs.Contains(wish));
    }

    /// <summary>
    /// Whether the number at <paramref name="start"/> is what ought to be, not what is: "the wing should have 22 officers on a
    /// shift", "rules require 30 staff", "a target of 620 new homes a year". A level someone says is needed is no rival to
    /// the level a report states.
    /// </summary>
    private static bool IsRequired(string text, int start)
    {
        // Runs for every figure, so the words are compared where they stand, not copied.
        if (TextScan.PreviousWordSpan(text, start) is not var (vs, ve))
        {
            return false;
        }

        var verb = text.AsSpan(vs, ve - vs);
        if (RequireVerbs.Contains(verb))
        {
            return true;
        }

        // "a target of 620 new homes a year", "the goal of 40 per cent": what is aimed at.
        if (verb.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return TextScan.PreviousWordSpan(text, vs) is var (ts, te) && AimNouns.Contains(text.AsSpan(ts, te - ts));
        }

        if (!HoldVerbs.Contains(verb) || TextScan.PreviousWordSpan(text, vs) is not var (ms, me))
        {
            return false;
        }

        var modal = text.AsSpan(ms, me - ms);
        return Modals.Contains(modal)
            || (modal.Equals("to", StringComparison.OrdinalIgnoreCase) && TextScan.PreviousWordSpan(text, ms) is var (ns, ne) && NeedWords.Contains(text.AsSpan(ns, ne - ns)));
    }

    // Nouns of a level aimed at, before "of" and a figure.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AimNouns = SpanSet("target", "targets", "goal", "goals", "aim", "ambition", "quota");

    // Verbs of having after "should", "must", "ought to" or "need to": "should have 22 officers", "must employ 30 staff".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HoldVerbs = SpanSet("have", "be", "employ", "hire", "keep", "field");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = SpanSet("should", "must");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedWords = SpanSet("ought", "need", "needs");

    // Verbs whose object is a level that is needed ("require 30 staff"), not one that is. Not "demanded": a ransom demanded is
    // the demand itself, a fact of the story.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RequireVerbs =
        SpanSet("require", "requires", "required", "recommend", "recommends", "recommended");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a word of forecasting and its "to" stand before the number in its clause: "the final was expected to draw a
    /// television audience of more than one million", "is forecast to cost about $5m". What was expected is no rival to
    /// what came to pass.
    /// </summary>
    private static bool IsForecast(string text, int start)
    {
        // Runs for every figure, so the words are compared where they stand, not copied.
        var at = start;
        var ofBefore = OfBefore(text, start);
        for (var words = 0; words < ForecastReach && TextScan.PreviousWordSpan(text, at) is var (s, e); words++)
        {
            var word = text.AsSpan(s, e - s);
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && TextScan.PreviousWordSpan(text, s) is var (vs, ve)
                && ForecastWordsBySpan.Contains(text.AsSpan(vs, ve - vs)))
            {
                return true;
            }

            // "Organisers had expected about 20,000 people to visit": a past forecast right before the figure, or its hedge;
            // "had forecast a crowd of 4,000": or before the noun the figure is "of".
            if ((words < 2 || (words < 4 && ofBefore)) && PastForecastWordsBySpan.Contains(word))
            {
                return true;
            }

            var forecast = word.Equals("forecast", StringComparison.OrdinalIgnoreCase) || word.Equals("forecasted", StringComparison.OrdinalIgnoreCase)
                || word.Equals("forecasts", StringComparison.OrdinalIgnoreCase);
            if (forecast && ((words < 4 && ofBefore) || words == 0))
            {
                return true; // "had forecast a crowd of 4,000"; right before the figure or its hedge, "had forecast about 12,000 visitors"; not "cut its forecast by $1.5bn"
            }

            if (word.Equals("than", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return false; // "expected to cost 70 per cent more than the £18.4 billion budget": the base a forecast is set against
            }

            at = s;
        }

        return false;
    }

    // Words of forecasting, or of aiming, before "to": "expected to draw", "forecast to cost", "aims to open".
    private static readonly HashSet<string> ForecastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "expected", "expects", "expect", "forecast", "predicted", "projected", "anticipated", "aims", "aim", "aiming", "hopes", "hoping",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForecastWordsBySpan = ForecastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of a past forecast that may stand right before the figure they forecast: "had expected about 20,000 people".
    // A budget is a forecast too: "The city budgeted 12,000 tons of road salt for the season" is no count of the salt used.
    private static readonly HashSet<string> PastForecastWords = new(StringComparer.OrdinalIgnoreCase) { "expected", "predicted", "anticipated", "projected", "budgeted", "budgetted" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastForecastWordsBySpan = PastForecastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool OfBefore(string text, int start) => TextScan.PreviousWordSpan(text, start) is var (s, e) && text.AsSpan(s, e - s).Equals("of", StringComparison.OrdinalIgnoreCase);

    // How many words back a forecast may stand from its figure ("expected to draw a television audience of").
    private const int ForecastReach = 8;

    // Verbs that wish for what follows "to see": "would like to see", "hopes to see".
    private static readonly HashSet<string> WishVerbs = new(StringComparer.Ordinal)
    {
        "like", "love", "want", "wants", "wanted", "hope", "hopes", "hoped", "prefer", "prefers", "wish", "wishes",
    };

    /// <summary>
    /// Whether the number at <paramref name="start"/> is a level still to be reached: "which will take its fleet to 44",
    /// "is expected to rise to 5.5%". Such a level is one fact only with another to come, never with
    /// the level a report states now ("Corvane's fleet of 38 aircraft will grow by half a dozen").
    /// </summary>
    private static bool IsProjected(string text, int start)
    {
        // "Will reach up to $5,000", "expected to reach about $9 million": a cap or an estimate, which other reports give as
        // the figure itself; only a move "to" a level is one still to come.
        if (TextScan.PreviousWord(text, start) is not { Word: "to" } to)
        {
            return false;
        }

        // The verb of change, maybe with its object or the level it leaves between it and "to": "take its fleet to 44",
        // "will rise from £4,312 to £4,562".
        int? verb = null;
        var at = to.Start;
        for (var words = 0; words < 5 && verb is null && at > 0; words++)
        {
            if (TextScan.PreviousWord(text, at) is { } w)
            {
                verb = ProjectionVerbs.Contains(w.Word) ? w.Start : null;
                at = w.Start;
            }
            else
            {
                at = TextScan.SkipSpacesBack(text, at);
                while (at > 0 && !TextScan.IsSpace(text[at - 1]))
                {
                    at--; // a figure: "£4,312"
                }
            }
        }

        var back = verb ?? 0;
        for (var words = 0; verb is not null && words < 3 && TextScan.PreviousWord(text, back) is { } w; words++)
        {
            if (w.Word is "will" or "would" or "ll" or "expected" or "forecast" or "projected" or "set" or "due" or "likely")
            {
                return true;
            }

            back = w.Start;
        }

        return false;
    }

    // Verbs that move a level to a figure: "will rise to", "will take its fleet to".
    private static readonly HashSet<string> ProjectionVerbs = new(StringComparer.Ordinal)
    {
        "rise", "grow", "increase", "climb", "fall", "drop", "decline", "take", "bring", "push", "lift", "raise", "expand", "swell", "cut", "reduce",
    };

    /// <summary>
    /// Whether a later clause of the number's sentence says the figure has moved on since: "By 9 a.m., 20 households had
    /// been moved out; by midday the figure had risen to 37", "By 8 p.m., 41 residents had spoken; by the end of the night,
    /// 63 had …". The first count is a running one, never one fact with a final count elsewhere.
    /// </summary>
    private static bool IsOvertaken(string text, int end)
    {
        // The sentence ends at a line break or at a stop before white space (or the end): "5.2" and "a.m." go on.
        var stop = end;
        while (true)
        {
            var next = text.AsSpan(stop).IndexOfAny(SentenceMarks);
            if (next < 0)
            {
                stop = text.Length;
                break;
            }

            stop += next;
            if (text[stop] == '\n' || stop + 1 == text.Length || char.IsWhiteSpace(text[stop + 1]))
            {
                break;
            }

            stop++;
        }

        // Runs for every figure: the pattern can only match where a ';' or one of its count nouns stands, and most
        // sentences have neither, so those are looked for first (one vectorised search each).
        var rest = text.AsSpan(end, stop - end);
        return (rest.Contains(';') || rest.ContainsAny(CountNouns)) && OvertakingClause().IsMatch(rest);
    }

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create("\n.!?");

    // The nouns the first branch of OvertakingClause needs ("the figure had risen to"); its second branch needs a ';'.
    private static readonly SearchValues<string> CountNouns =
        SearchValues.Create(["figure", "number", "total", "count", "tally", "toll"], StringComparison.OrdinalIgnoreCase);

    // Either "…; by midday the figure had risen to 37" or a later stamp with its own count: "…; by the end of the night, 63 had …".
    [GeneratedRegex(@"(?:[;,]|\band\b|\bbut\b)\s*(?:[\w.’']+\s+){0,4}?(?:the|that|this)\s+(?:figure|number|total|count|tally|toll)\s+(?:had\s+|has\s+)?(?:(?:risen|rose|climbed|grown|grew|increased|jumped|fallen|fell|dropped|gone\s+up|gone\s+down)\s+to|reached|stood\s+at)\b|;\s*(?:and\s+)?by\s+(?:[\w.’']+\s+){0,5}?[\w.’']+,\s*(?:\w+\s+)?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OvertakingClause();

    /// <summary>
    /// Whether the number at <paramref name="start"/> is the level a change started from: "rose from 5%
    /// to 7%", "raise the retirement age from 62 to 64", "to 64 from 62". The level it reached is the
    /// fact a later report restates; the two are never one fact.
    /// </summary>
    private static bool IsPriorLevel(string text, int start)
    {
        // "up from the 11 reported on Tuesday morning": the level a report gave before.
        var previous = TextScan.PreviousWord(text, start);
        if (previous is { Word: "the" } the)
        {
            previous = TextScan.PreviousWord(text, the.Start);
        }

        if (previous is not { Word: "from" } from)
        {
            return false;
        }

        var verb = TextScan.PreviousWord(text, from.Start);
        if (verb is null)
        {
            // "to 64 from 62", "to $14.60 from $13.20": step back over the level reached, its sign, and its "to".
            var number = TextScan.SkipSpacesBack(text, from.Start);
            var s = number;
            while (s > 0 && (char.IsAsciiDigit(text[s - 1]) || text[s - 1] is ',' or '.' or '%' or '$' or '£' or '€' or '¥'))
            {
                s--;
            }

            if (s == number || TextScan.PreviousWord(text, s) is not { Word: "to" } to)
            {
                return false;
            }

            verb = TextScan.PreviousWord(text, to.Start);
        }

        return verb is { } v && (Directions.ContainsKey(v.Word) || ChangedObject(text, v) is not null || MotionVerbs.Contains(v.Word));
    }

    // Words between "than" and the figure it compares with: "more than last year's £45,000", "higher than last season's 4,000".
    private static readonly HashSet<string> BaseDeterminers = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "their", "last", "this", "year", "season", "s" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BaseDeterminersBySpan = BaseDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of a size a comparison is told by: "a third more than", "twice as", "three times higher than", "50% more than".
    private static readonly HashSet<string> ComparisonSizes = new(StringComparer.Ordinal)
    {
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "times", "twice", "percent", "cent", "much", "far",
    };

    /// <summary>
    /// Whether the figure at <paramref name="start"/> is last period's level another is compared with by its size: "a third
    /// more than last year's £45,000". Not a bound: "more than 300 people" has no size before "more"; nor a level that still
    /// stands: "70 per cent more than the £18.4 billion budget agreed in 2019" (other reports give that budget as a fact).
    /// </summary>
    private static bool IsComparisonBase(string text, int start)
    {
        // Runs for every figure, and few have such a word before them: that word is compared where it stands, not copied.
        if (TextScan.PreviousWordSpan(text, start) is not var (s, e) || !BaseDeterminersBySpan.Contains(text.AsSpan(s, e - s)))
        {
            return false;
        }

        var word = TextScan.PreviousWord(text, start);
        var earlier = false;
        for (var k = 0; k < 3 && word is { } w && BaseDeterminers.Contains(w.Word); k++)
        {
            earlier |= w.Word == "last";
            word = TextScan.PreviousWord(text, w.Start > 0 && text[w.Start - 1] is '\'' or '’' ? w.Start - 1 : w.Start);
        }

        if (!earlier || word is not { Word: "than" } than || TextScan.PreviousWord(text, than.Start) is not { Word: "more" or "less" or "higher" or "lower" or "bigger" or "smaller" or "greater" or "larger" } comparative)
        {
            return false;
        }

        // The size: a word ("a third", "three times") or a figure ("50%", "33 per cent") right before the comparative.
        var before = TextScan.SkipSpacesBack(text, comparative.Start);
        return before > 0 && (text[before - 1] == '%' || char.IsAsciiDigit(text[before - 1])
            || (TextScan.PreviousWord(text, comparative.Start) is { } size && ComparisonSizes.Contains(size.Word)));
    }

    /// <summary>
    /// Whether the count at <paramref name="start"/> is the whole of a part named just before it: a number, "of", and
    /// at most two words of determiner or possessor ("92 of the 200 seats", "92 of the Assembly's 200 seats").
    /// </summary>
    private static bool IsWholeAfterPart(string text, int start)
    {
        var at = start;
        for (var words = 0; words < 3; words++)
        {
            if (TextScan.PreviousWord(text, at) is not { } w)
            {
                return false;
            }

            if (w.Word == "of")
            {
                var before = TextScan.SkipSpacesBack(text, w.Start);
                return before > 0 && char.IsAsciiDigit(text[before - 1]);
            }

            if (w.Word == "s" && w.Start > 0 && text[w.Start - 1] is '\'' or '’' && TextScan.PreviousWord(text, w.Start - 1) is { } owner)
            {
                at = owner.Start; // "the Assembly's": a possessor
                continue;
            }

            if (!IsWholeDeterminer(w.Word))
            {
                return false;
            }

            at = w.Start;
        }

        return false;
    }

    /// <summary>
    /// The counted noun of the whole after a part ("92 of the 200 seats", "11,000 of the country's 14,500 doctors"):
    /// "of", at most two words of determiner or possessor, then <paramref name="next"/>, the sentence's next number,
    /// a whole in digits no smaller than the part, and its noun.
    /// </summary>
    private static (CountedNoun Noun, decimal Value)? PartOf(string text, int end, decimal part, NumberMatch next)
    {
        if (TextScan.NextWord(text, end) is not { Word: "of" } of)
        {
            return null;
        }

        var at = PastWholeDeterminers(text, of.End);
        return next.Span.Start == TextScan.SkipSpaces(text, at) && !next.Spelled && next.Value >= part
            && CountedNounReader.Read(text, next.Span.End, next.Value) is { } noun ? (noun, next.Value) : null;
    }

    /// <summary>
    /// The counted noun of "all N of its X" ("all forty-two of its routes", "all 12 of the council's members"): "all" says
    /// the count is the whole, so it counts what the noun after "of" and its determiner or possessor counts.
    /// </summary>
    private static CountedNoun? AllOf(string text, int start, int end, decimal value)
    {
        if (TextScan.PreviousWordSpan(text, start) is not var (ps, pe) || !Is(text, ps, pe, "all")
            || TextScan.NextWordSpan(text, end) is not var (os, oe) || !Is(text, os, oe, "of"))
        {
            return null;
        }

        var at = PastWholeDeterminers(text, oe);
        return at > oe ? CountedNounReader.Read(text, at, value) : null;
    }

    /// <summary>
    /// The counted noun of "N of its X" ("some 130,000 of its plush toys", "twenty-seven of its branches"): a count of the
    /// owner's X, with no whole given. Not "N of the X", which is often a part of a whole told elsewhere.
    /// </summary>
    private static CountedNoun? OwnOf(string text, int end, decimal value)
    {
        if (TextScan.NextWordSpan(text, end) is not var (os, oe) || !Is(text, os, oe, "of")
            || TextScan.NextWordSpan(text, oe) is not var (ds, de) || !OwnerWords.Contains(text.AsSpan(ds, de - ds)))
        {
            return null;
        }

        return CountedNounReader.Read(text, de, value);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnerWords = SpanSet("its", "their", "his", "her", "our");

    /// <summary>
    /// Where the words after "of" that name whose whole it is end: at most two of a determiner ("the", "its") or a
    /// possessor ("the country's"). <paramref name="at"/> itself when there are none.
    /// </summary>
    private static int PastWholeDeterminers(string text, int at)
    {
        for (var words = 0; words < 2; words++)
        {
            if (TextScan.NextWord(text, at) is not { } w)
            {
                break;
            }

            if (IsWholeDeterminer(w.Word))
            {
                at = w.End;
            }
            else if (w.End + 1 < text.Length && text[w.End] is '\'' or '’' && text[w.End + 1] == 's')
            {
                at = w.End + 2; // "the country's": a possessor
            }
            else
            {
                break;
            }
        }

        return at;
    }

    /// <summary>
    /// The counted noun after "of a" or "of an" that a share stands before ("three-quarters of a length"), or null: one of
    /// a thing, in the singular; "of the", "of its" name a share of a whole ("three-quarters of the members").
    /// </summary>
    private static CountedNoun? FractionOfOne(string text, int end)
    {
        if (TextScan.NextWord(text, end) is not { Word: "of" } of || TextScan.NextWord(text, of.End) is not { Word: "a" or "an" } article)
        {
            return null;
        }

        // The first word of the phrase: "a length clear of the field" measures in lengths.
        return CountedNounReader.Read(text, article.End, 1) is not null && TextScan.NextWord(text, article.End) is { } word
            ? new CountedNoun(word.End, text[word.Start..word.End], word.Word)
            : null;
    }

    /// <summary>Whether <paramref name="word"/> is the "up" of "make up", "takes up": what a share is of, not a rise ("make up some 67% of tickets").</summary>
    private static bool Constitutes(string text, (int Start, int End, string Word) word) =>
        word.Word == "up" && TextScan.PreviousWord(text, word.Start) is { Word: "make" or "makes" or "made" or "making" or "take" or "takes" or "took" or "taking" or "taken" };

    /// <summary>The words that may stand between "of" and the whole a part is counted against: "92 of the 200 seats".</summary>
    private static bool IsWholeDeterminer(string word) => word is "the" or "its" or "their" or "his" or "her";

    /// <summary>
    /// "two hours and 41 minutes", "2hr 41min", "three years, two months": one span of time, stated in its smaller
    /// unit (161 minutes), not two figures; else "two hours" would meet "two days" and "41 minutes" "14 minutes" alone.
    /// </summary>
    private static void JoinCompoundDurations(string text, List<QuantityMention> found)
    {
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (a, b) = (found[k], found[k + 1]);
            if (a.Quantity is not { IsRange: false, Unit: { } larger, Direction: Direction.None } || b.Quantity is not { IsRange: false, Unit: { } smaller, Direction: Direction.None, Bound: Bound.Exact }
                || !UnitLexicon.IsDuration(larger) || !UnitLexicon.IsDuration(smaller)
                || UnitConversion.Convert(1, larger, smaller) is not { } factor || factor <= 1
                || text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Trim().ToString().ToLowerInvariant() is not ("" or "and" or "," or ", and"))
            {
                continue;
            }

            var total = (a.Quantity.Low * factor) + b.Quantity.Low;
            found[k] = new QuantityMention(new TextSpan(a.Span.Start, b.Span.End), a.Quantity with { Low = total, High = total, Unit = smaller, Counted = null });
            found.RemoveAt(k + 1);
        }

        // "an hour and 48 minutes", "a day and six hours": the larger unit counted by its article, which is no figure of its own.
        for (var k = 0; k < found.Count; k++)
        {
            var b = found[k];
            if (b.Quantity is not { IsRange: false, Unit: { } smaller, Direction: Direction.None, Bound: Bound.Exact } || !UnitLexicon.IsDuration(smaller)
                || TextScan.PreviousWord(text, b.Span.Start) is not { Word: "and" } and || text.AsSpan(and.End, b.Span.Start - and.End).Trim().Length > 0
                || TextScan.PreviousWord(text, and.Start) is not { } unit || !ArticleUnits.TryGetValue(unit.Word, out var larger)
                || TextScan.PreviousWord(text, unit.Start) is not { Word: "a" or "an" } article
                || UnitConversion.Convert(1, larger, smaller) is not { } factor || factor <= 1)
            {
                continue;
            }

            var total = factor + b.Quantity.Low;
            found[k] = new QuantityMention(new TextSpan(article.Start, b.Span.End), b.Quantity with { Low = total, High = total, Counted = null });
        }
    }

    // Units of time counted by an article ("an hour and 48 minutes"), with the canonical unit of each.
    private static readonly Dictionary<string, string> ArticleUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "year", ["month"] = "month", ["week"] = "week", ["day"] = "day", ["hour"] = "hour", ["minute"] = "minute",
    };

    // The words that may come between a bare count and what befell people ("were", "had been", "later").
    private static readonly HashSet<string> BeforeBefell = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "later", "also", "reportedly", "still",
    };

    /// <summary>
    /// Whether a bare number ending at <paramref name="end"/> is the subject of what befell people: "nine were taken to
    /// hospital", "two were killed", "three have died". Only after "were", "was", "have" and the like: a headline's "217
    /// arrested" stays no count, since headlines pair such figures with every count of the story.
    /// </summary>
    private static bool BefellAfter(string text, int end)
    {
        var next = TextScan.NextWord(text, end);
        var auxiliaries = 0;
        while (next is { } w && BeforeBefell.Contains(w.Word) && auxiliaries < 3)
        {
            auxiliaries++;
            next = TextScan.NextWord(text, w.End);
        }

        if (next is not { } verb)
        {
            return false;
        }

        // "taken to hospital", "rushed to hospital", "airlifted to hospital"
        if (auxiliaries > 0 && TextScan.NextWord(text, verb.End) is { Word: "to" } to && TextScan.NextWord(text, to.End) is { Word: "hospital" })
        {
            return true;
        }

        return CasualtyWords.Roles.ContainsKey(verb.Word) && auxiliaries > 0;
    }

    /// <summary>
    /// Whether the words after "one" and its noun make an idiom, not a count: "one car too many", "one step at a time",
    /// "one after another", "one by one", "one way or another".
    /// </summary>
    private static bool OneIdiomAfter(string text, int end)
    {
        if (TextScan.NextWord(text, end) is not { } next)
        {
            return false;
        }

        var then = TextScan.NextWord(text, next.End);
        return (next.Word, then?.Word) switch
        {
            ("too", _) => true,
            ("at", "a") => TextScan.NextWord(text, then!.Value.End) is { Word: "time" },
            ("after" or "or", "another" or "the") => true,
            ("by", "one") => true,
            _ => false,
        };
    }

    private static readonly Dictionary<string, string> RateUnits = Lexicon.Entries("quantity-rate-units")
        .Select(e => e.Split('|', StringSplitOptions.TrimEntries))
        .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    // Words after "a year", "a week" that make it a time, not a rate: "a year earlier", "a week ago", "a day after".
    private static readonly HashSet<string> NotRate = new(StringComparer.OrdinalIgnoreCase)
    {
        "ago", "earlier", "later", "before", "after", "on", "from", "since", "into", "apart", "old", "long",
    };

    /// <summary>
    /// What a figure ending at <paramref name="end"/> is given per ("£180,000 a week", "€38.50 per share",
    /// "£180,000-a-week", "200 arrivals each day"), and where the rate's words end; null when it is no rate.
    /// </summary>
    private static (string Per, int End)? RateAfter(string text, int end)
    {
        // "412p in cash for each Quillfield share", "421 pence for every share they hold": a rate told at length.
        if (ForEach(text, end) is { } spelled)
        {
            return spelled;
        }

        // "$2,400,000 annually": a year's, said in one word.
        if (TextScan.NextWordSpan(text, end) is var (ys, ye) && Is(text, ys, ye, "annually"))
        {
            return ("year", ye);
        }

        var hyphened = end < text.Length && text[end] == '-';
        var from = hyphened ? end + 1 : end;
        if (TextScan.NextWord(text, from) is not { Word: "a" or "an" or "per" or "each" or "every" } marker || (hyphened && marker.Start != from))
        {
            return null;
        }

        // "£180,000-a-week" holds together by hyphens; "£180,000 a week" by spaces.
        var next = hyphened && marker.End < text.Length && text[marker.End] == '-' ? marker.End + 1 : marker.End;
        if (TextScan.NextWord(text, next) is not { } unit || (hyphened && unit.Start != next) || !RateUnits.TryGetValue(unit.Word, out var per)
            || (TextScan.NextWord(text, unit.End) is { } after && NotRate.Contains(after.Word)))
        {
            return null;
        }

        return (per, unit.End);
    }

    /// <summary>"[in cash] for each|every [Name] unit" right after a figure: what it is given per, and where that ends.</summary>
    private static (string Per, int End)? ForEach(string text, int end)
    {
        var word = TextScan.NextWord(text, end);
        if (word is { Word: "in" } && TextScan.NextWord(text, word.Value.End) is { Word: "cash" } cash)
        {
            word = TextScan.NextWord(text, cash.End);
        }

        if (word is not { Word: "for" } forWord || TextScan.NextWord(text, forWord.End) is not { Word: "each" or "every" } marker
            || TextScan.NextWord(text, marker.End) is not { } unit)
        {
            return null;
        }

        if (char.IsUpper(text[unit.Start]) && TextScan.NextWord(text, unit.End) is { } named)
        {
            unit = named; // "for each Quillfield share"
        }

        return RateUnits.TryGetValue(unit.Word, out var per) ? (per, unit.End) : null;
    }

    // What "each" or "per" names in a clause after a count: "600 prisoners were released by each side".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Parties = SpanSet("side", "party", "country", "nation", "team", "camp");

    /// <summary>
    /// Whether the clause after a count, within six words, says it is per party: "by each side", "per side",
    /// "from each country". A comma, a full stop or another number ends the search.
    /// </summary>
    private static bool PerSideAfter(string text, int end)
    {
        // Runs for every count, so the words are compared where they stand, not copied.
        var at = end;
        var afterEachOrPer = false;
        for (var words = 0; words < 6; words++)
        {
            var gap = TextScan.SkipSpaces(text, at);
            if (gap < text.Length && !char.IsLetter(text[gap]))
            {
                return false;
            }

            if (TextScan.NextWordSpan(text, at) is not var (s, e))
            {
                return false;
            }

            if (afterEachOrPer && Parties.Contains(text.AsSpan(s, e - s)))
            {
                return true;
            }

            afterEachOrPer = Is(text, s, e, "each") || Is(text, s, e, "per");
            at = e;
        }

        return false;
    }

    private static readonly HashSet<string> GroupNouns = Lexicon.Set("quantity-group-nouns");

    /// <summary>Whether no sentence ends between <paramref name="from"/> and <paramref name="to"/>: no full stop, question or exclamation mark, no line break.</summary>
    /// <summary>
    /// The count a bare number is a part of, when "including", "of whom" or "among them" leads up to it and an earlier count
    /// of its sentence, no smaller, names what is counted ("1,873 patients … including 640 aged over 75").
    /// </summary>
    private static Quantity? PartOfEarlierCount(string text, int start, decimal high, List<QuantityMention> found)
    {
        if (high < 1 || high != decimal.Floor(high))
        {
            return null;
        }

        if (FrontedWhole(text, start, found) is { } fronted)
        {
            return fronted.High >= high ? fronted : null;
        }

        if (TextScan.PreviousWord(text, start) is not { } before
            || !(before.Word is "including" or "includes" or "include"
                || (before.Word is "whom" or "them" && TextScan.PreviousWord(text, before.Start) is { Word: "of" or "among" })))
        {
            return null;
        }

        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (!InOneSentence(text, found[k].Span.End, start))
            {
                return null;
            }

            if (found[k].Quantity is { Counted: not null, Unit: not null } whole && whole.High >= high && whole.Direction == Direction.None)
            {
                return whole;
            }
        }

        return null;
    }

    /// <summary>
    /// The whole a clause opens with, when a bare count follows it after a comma: "Of the 612 members balloted, 431 backed
    /// a walkout", "Of the 88 people aboard, 63 died". The whole is the sentence's first count, within three words of its
    /// opening "Of", and nothing but words stands between it and the comma.
    /// </summary>
    private static Quantity? FrontedWhole(string text, int start, List<QuantityMention> found)
    {
        var comma = TextScan.SkipSpacesBack(text, start);
        if (comma == 0 || text[comma - 1] != ',' || found.Count == 0 || found[^1] is not { Quantity: { Counted: not null, Unit: not null, Direction: Direction.None } whole } last
            || !InOneSentence(text, last.Span.End, comma - 1) || text.AsSpan(last.Span.End, comma - 1 - last.Span.End).ContainsAnyExcept(Words))
        {
            return null;
        }

        var words = 0;
        var at = last.Span.Start;
        while (TextScan.PreviousWord(text, at) is { } w && words < 3)
        {
            if (w.Word == "of")
            {
                var open = TextScan.SkipSpacesBack(text, w.Start);
                return char.IsUpper(text[w.Start]) && (open == 0 || text[open - 1] is '.' or '!' or '?' or '\n' or '"' or '“') ? whole : null;
            }

            words++;
            at = w.Start;
        }

        return null;
    }

    // What may stand between a fronted whole and its comma: words and spaces ("members balloted", "people aboard").
    private static readonly SearchValues<char> Words = SearchValues.Create(" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'’");

    private static bool InOneSentence(string text, int from, int to) =>
        from <= to && text.AsSpan(from, to - from).IndexOfAny(".!?\n") < 0;

    /// <summary>
    /// The group whose size the figure at <paramref name="start"/> gives: "a crowd of 61,422", or the group as the
    /// subject the figure completes ("police put the crowd at 42,000", "the official attendance was 43,812", "the
    /// workforce stood at 13,500"); null when none.
    /// </summary>
    private static string? GroupBefore(string text, int start)
    {
        var at = TextScan.PreviousWord(text, start) is { Word: "of" } of ? of.Start : BackOverLinks(text, start);
        return at < start && TextScan.PreviousWord(text, at) is { } noun && GroupNouns.Contains(noun.Word) ? noun.Word : null;
    }

    // Words between "the number of arrests" and its figure: "at", "stood at", "rose to", "had reached".
    private static readonly HashSet<string> NumberOfLinks = new(StringComparer.Ordinal)
    {
        "at", "to", "was", "is", "were", "stood", "stands", "reached", "rose", "risen", "climbed", "hit", "had", "has", "now",
    };

    /// <summary>Where the up to three link words right before <paramref name="start"/> ("stood at", "had reached") begin; <paramref name="start"/> when there are none.</summary>
    private static int BackOverLinks(string text, int start)
    {
        var at = start;
        for (var links = 0; links < 3 && TextScan.PreviousWord(text, at) is { } w && NumberOfLinks.Contains(w.Word); links++)
        {
            at = w.Start;
        }

        return at;
    }

    /// <summary>
    /// What "the number of …" names before the figure at <paramref name="start"/>: "put the final number of arrests at
    /// 217", "the number of visitors rose to 2 million". The noun after "of", as the counted-noun reader reads it.
    /// </summary>
    private static CountedNoun? NumberOfBefore(string text, int start)
    {
        var at = BackOverLinks(text, start);
        if (at == start || TextScan.PreviousWord(text, at) is not { } noun || TextScan.PreviousWord(text, noun.Start) is not { Word: "of" } of
            || TextScan.PreviousWord(text, of.Start) is not { Word: "number" or "total" or "tally" or "count" })
        {
            return null;
        }

        return CountedNounReader.Read(text, noun.Start, 2) is { } read && read.End == noun.End ? read : null;
    }

    private static readonly HashSet<string> SupersededMarkers = Lexicon.Set("quantity-superseded-record");

    /// <summary>
    /// Whether the number at <paramref name="start"/> is a record a newer figure replaced: "the
    /// previous record of 43.1C", "the old record, 43.1 degrees", "breaking the 2019 record of 43.1C"
    /// (quantity-superseded-record.txt, or a year, among the three words before "record").
    /// </summary>
    private static bool IsSupersededRecord(string text, int start)
    {
        var at = TextScan.SkipSpacesBack(text, start);
        if (at > 0 && text[at - 1] == ',')
        {
            at--; // "the old record, 43.1 degrees"
        }

        var word = TextScan.PreviousWord(text, at);
        if (word is { Word: "of" } of)
        {
            word = TextScan.PreviousWord(text, of.Start);
        }

        if (word is not { Word: "record" } record)
        {
            return false;
        }

        var p = record.Start;
        for (var k = 0; k < 3; k++)
        {
            var end = TextScan.SkipSpacesBack(text, p);
            var digits = end;
            while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
            {
                digits--;
            }

            if (end - digits == 4 && (digits == 0 || !char.IsLetterOrDigit(text[digits - 1])))
            {
                return true; // "the 2019 record"
            }

            if (TextScan.PreviousWord(text, p) is not { } w)
            {
                return false;
            }

            if (SupersededMarkers.Contains(w.Word))
            {
                return true;
            }

            p = w.Start;
        }

        return false;
    }

    /// <summary>
    /// A level of age, as laws and rules set one: "the retirement age of 66", "raise the pension age to
    /// 64", "from 62 to 64", "to 64 from 62" (the second number after an age just read, joined by "to" or "from").
    /// </summary>
    private static bool IsAgeLevel(string text, int start, int lastAgeEnd)
    {
        if (TextScan.PreviousWord(text, start) is not { Word: "of" or "to" or "from" or "at" } link)
        {
            return false;
        }

        if (TextScan.PreviousWord(text, link.Start) is { Word: "age" })
        {
            return true;
        }

        return link.Word is "to" or "from" && lastAgeEnd >= 0 && text.AsSpan(lastAgeEnd, link.Start - lastAgeEnd).IsWhiteSpace();
    }

    /// <summary>
    /// The change a verb names when it stands up to five words before the "by" of its object, in the
    /// same clause: "cut its workforce by 1,200", "raised its benchmark interest rate by 25 basis points".
    /// </summary>
    private static Direction? ChangedObject(string text, (int Start, int End, string Word)? lastObjectWord)
    {
        var word = lastObjectWord;
        for (var k = 0; k < 6 && word is { } w; k++)
        {
            if (DirectionsWithObject.TryGetValue(w.Word, out var d))
            {
                return k == 0 ? null : d; // "cut by 3%" is read above; here an object must come between
            }

            word = TextScan.PreviousWord(text, w.Start);
        }

        return null;
    }

    private static Dictionary<string, Direction> ReadDirections(bool objects)
    {
        var map = new Dictionary<string, Direction>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Lexicon.Entries("quantity-directions"))
        {
            var parts = entry.Split('|');
            var takes = parts.Length > 2 ? parts[2].Trim() : "";
            if (objects ? takes is "object" or "object-only" : takes != "object-only")
            {
                map[parts[0].Trim()] = parts[1].Trim() == "up" ? Direction.Up : Direction.Down;
            }
        }

        return map;
    }
}

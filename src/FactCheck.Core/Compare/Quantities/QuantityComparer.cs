using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Align;
using FactCheck.Core.Canonicalize;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Times;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Compares numbers across the sources of a cluster. The same counted thing (same unit) in the
/// same context is one fact; hedges and bounds turn each statement into the interval of values
/// it allows, and statements whose intervals meet agree ("about 6,000" and "6,000"; "more than
/// 300" and "320"), while disjoint ones conflict ("12,000 homes" and "15,000 homes").
/// </summary>
public sealed partial class QuantityComparer : IClaimComparer
{
    /// <summary>How far "about N" reaches either side of N, relative.</summary>
    public const decimal HedgeTolerance = 0.1m;

    // How far a hedge reaches when asking whether a report gives another's figure itself: "nearly 42 percent" is not 38.2.
    private const decimal OwnHedgeTolerance = 0.025m;

    // What standing beside an agreeing figure in the same order adds to two figures' similarity.
    private const double ParallelBonus = 0.1;

    /// <summary>The least context similarity for two numbers to be taken as one fact.</summary>
    public const double AlignmentThreshold = 0.2;

    /// <summary>How much the words leading up to two numbers add to the similarity of their sentences.</summary>
    public const double LabelWeight = 0.1;

    /// <summary>
    /// What the same qualified noun adds ("a 28% premium" and "a premium of 32%"; see <see cref="MeasureHead"/>):
    /// half what the same counted phrase adds to two counts, since a noun such as "record" may head two figures of one story.
    /// </summary>
    public const double SameHeadBonus = 0.1;

    /// <summary>What the same counted phrase, a synonym of it, or a death toll beside people killed adds to two counts' similarity.</summary>
    public const double SameCountedBonus = 0.2;

    // How far apart two counts of one noun may be for the noun to count as evidence that they are one fact.
    private const decimal CountedOrder = 5m;

    /// <summary>Minutes between the hours two counts are told at beyond which they are two readings (see <c>AtOtherHours</c>).</summary>
    private const int HoursApart = 60;

    /// <summary>What two shares of people taking one side ("58% … opposed the plan", "48% … were against the plan") add.</summary>
    private const double SameStanceBonus = 0.1;

    /// <summary>What an equal figure adds to the context similarity of two numbers.</summary>
    public const double SameFigureBonus = 0.1;

    /// <summary>
    /// What the same day beside both figures adds ("had burned 18,500 hectares as of Wednesday evening", "By Wednesday
    /// evening the blaze had consumed 25,800 hectares"): a figure of one kind stated for one day is likely one fact.
    /// </summary>
    public const double SameDayBonus = 0.2;

    /// <summary>
    /// What two exact figures whose digits differ only by two neighbours swapped add ("£840,000" and "£480,000", "$1.62
    /// million" and "$1.26 million"): the commonest misprint of a figure, and one two different figures of a story seldom
    /// show by chance, so it is near proof of one figure on its own.
    /// </summary>
    public const double TransposedBonus = 0.2;

    /// <summary>Whether two exact figures' significant digits are the same but for two neighbours swapped.</summary>
    internal static bool Transposed(Quantity a, Quantity b) => a.Unit == b.Unit && Transposed(SignificantDigits(a), SignificantDigits(b));

    /// <summary>An exact figure's digits without its point and its leading and trailing zeros ("840,000" → "84"); null for a range.</summary>
    private static string? SignificantDigits(Quantity q) =>
        q.Low != q.High ? null : Math.Abs(q.Low).ToString("0.############", CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).Trim('0');

    private static bool Transposed(string? x, string? y)
    {
        if (x is null || y is null || x.Length < 2 || x.Length != y.Length || x == y)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                first = i;
                break;
            }
        }

        return first >= 0 && first + 1 < x.Length && x[first] == y[first + 1] && x[first + 1] == y[first]
            && x.AsSpan(first + 2).SequenceEqual(y.AsSpan(first + 2));
    }

    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        var claims = cluster.ClaimsOf<QuantityClaim>().Where(c => c.Quantity.Unit is not null).ToList();
        var context = new ContextSimilarity(claims, c => OwnWords((QuantityClaim)c), c => Figure((QuantityClaim)c));
        var oneReading = OneReadingPerSource(claims);
        var roles = claims.ToDictionary(c => c, c => CasualtyRole.Of(c));
        var measured = claims.ToDictionary(c => c, MeasureHead.Read);
        var heads = measured.ToDictionary(m => m.Key, m => m.Value.Head);
        var attributive = measured.Where(m => m.Value.Attributive).Select(m => m.Key).ToHashSet();
        // A physical measure that is its source's only figure of its head ("The chair dropped roughly 15 meters", "a chair fell
        // roughly 30 feet"): the head names the one thing measured, as a counted noun names the one thing counted.
        // Either names its thing as surely as a counted noun does.
        var headNamesThing = claims
            .Where(c => heads[c] is not null && IsPhysical(c.Quantity.Unit))
            .GroupBy(c => (c.SourceId, heads[c]))
            .Where(g => g.Count() == 1)
            .SelectMany(g => g)
            .Concat(attributive)
            .ToHashSet();
        var owners = claims.ToDictionary(c => c, FigureOwner.Of);
        var players = claims.ToDictionary(c => c, FigureOwner.PlayerOf);
        var ageHolders = claims.ToDictionary(c => c, c => AgeHolder.InFull(AgeHolder.Of(c), cluster.Source(c.SourceId).Text));
        var qualifiers = claims.ToDictionary(c => c, ExclusiveQualifiers.Of);
        var digits = claims.ToDictionary(c => c, c => SignificantDigits(c.Quantity));
        var scopes = claims.ToDictionary(c => c, c => CountScope.Of(c));
        var stances = claims.ToDictionary(c => c, c => ShareStance.Of(c));
        var shareKinds = claims.ToDictionary(c => c, ShareKind.Of);
        var generic = claims.Where(GenericStatement.Is).ToHashSet();
        var joint = claims.Where(JointCount.Is).ToHashSet();
        var remainders = claims.Where(RemainderCount.Is).ToHashSet();
        var besideNamed = claims.Where(RemainderCount.BesideNamedThing).ToHashSet();
        var sequenceParts = claims.ToDictionary(c => c, SequencePart.Of);
        var fractions = claims.ToDictionary(c => c, FractionOfWhole.Of);
        var prizes = claims.ToDictionary(c => c, PrizeRecipient.Of);
        var offsets = claims.ToDictionary(c => c, ScheduleOffset.Of);
        var capacities = claims.Where(CapacityFigure.Is).ToHashSet();
        // "The first elephant birth in 17 years" and "a gestation of nearly 22 months": a gap before a happening and a span
        // something lasted.
        var sinceLast = claims.Where(SinceLastOccasion.Is).ToHashSet();
        var gaps = claims.Where(c => sinceLast.Contains(c) || SinceLastOccasion.ToldAsGap(c)).ToHashSet();
        var complements = claims.ToDictionary(c => c, CountedComplement.Of);
        var fiscalYears = claims.ToDictionary(c => c, FiscalYear.Of);
        var periodsOf = new FigurePeriods(cluster);
        var periods = claims.ToDictionary(c => c, periodsOf.Of);
        var days = claims.ToDictionary(c => c, periodsOf.DayOf);
        var ownDays = claims.ToDictionary(c => c, periodsOf.OwnDayOf);
        var spanning = claims.Where(periodsOf.SpansDays).ToHashSet();
        // A total over several days ("611 flights … across Monday and Tuesday") and a count for one day ("343 flights were
        // cancelled yesterday") are two facts.
        bool OneDayOfSpan(QuantityClaim a, QuantityClaim b) => spanning.Contains(a) && !spanning.Contains(b) && days[b] is not null;
        var bySource = claims.GroupBy(c => c.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var published = cluster.Sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        // A toll of dead, injured or taken ill (or an outbreak's cases) in a later report that is higher than an earlier report's:
        // likely the count has risen.
        bool Toll(QuantityClaim c) => roles[c] is "dead" or "injured" or "ill" || c.Quantity.Unit is "death" or "fatality" or "case";
        // "35 people died" and "More than 60 people took part in the search": people a toll counts and people nothing befell.
        bool TollAgainstOtherPeople(QuantityClaim toll, QuantityClaim other) => roles[toll] is "dead" or "injured" && roles[other] is null
            && toll.Quantity.Unit == "person" && other.Quantity.Unit == "person";
        // So is one a report's sentence dates to a later day ("by Tuesday evening, 41 people had been treated" against "66
        // … by Wednesday night"), whenever the reports came out.
        // Two counts both given as of one day ("by Tuesday evening") are one reading, whichever report came out later.
        bool RisenSince(QuantityClaim earlier, QuantityClaim later) => Toll(earlier) && Toll(later)
            && (days[earlier] is { } de && days[later] is { } dl
                ? de < dl
                : published[earlier.SourceId] is { } pe && published[later.SourceId] is { } pl && pe < pl)
            && In(later.Quantity, earlier.Quantity.Unit!).Low > earlier.Quantity.High;
        // "62 percent … compared with 31 percent" against "68% … against 31%": figures of one unit that stand in the same
        // order beside an agreeing figure of their sentences are likely one fact, however their wording differs.
        var bySentence = claims.GroupBy(c => (c.SourceId, c.Sentence.Index)).ToDictionary(g => g.Key, g => g.ToList());
        // "Has risen to 247 passengers …, up from 212 passengers reported on Friday": a report that gives the other's figure as
        // the level its own moved from tells of a change between the reports, not of another count.
        bool MovedFrom(QuantityClaim moved, QuantityClaim other) => !moved.Quantity.Prior && !other.Quantity.Prior
            && bySentence[(moved.SourceId, moved.Sentence.Index)].Exists(p => p.Quantity.Prior
                && Comparable(p with { Quantity = p.Quantity with { Prior = false } }, other) && Gap(p.Quantity, other.Quantity, other.Quantity.Unit!) == 0);
        bool Parallel(QuantityClaim a, QuantityClaim b)
        {
            // Two readings of one figure stay within half again of each other ("62 percent" and "68%"); "4.5 percent" a
            // year and "9 percent" over two do not.
            if (!WithinFactor(a.Quantity, b.Quantity, 1.5m))
            {
                return false;
            }

            foreach (var x in bySentence[(a.SourceId, a.Sentence.Index)])
            {
                if (ReferenceEquals(x, a) || x.Quantity.Unit != a.Quantity.Unit)
                {
                    continue;
                }

                foreach (var y in bySentence[(b.SourceId, b.Sentence.Index)])
                {
                    if (!ReferenceEquals(y, b) && y.Quantity.Unit == b.Quantity.Unit && x.Quantity.Unit == y.Quantity.Unit
                        && (x.Span.Start < a.Span.Start) == (y.Span.Start < b.Span.Start) && Gap(x.Quantity, y.Quantity, x.Quantity.Unit!, OwnHedgeTolerance) == 0
                        && Gap(x.Quantity, a.Quantity, x.Quantity.Unit!) > 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        bool OtherDays(QuantityClaim reading, QuantityClaim other) => ownDays[reading] is { } own && days[other] is { } day && own != day;
        // "Police said shortly after noon that four people were unaccounted for" and "By 3 p.m., only one person was still
        // unaccounted for": counts of what befell people, each told at its own hour, are two readings of a count that moves.
        var timesOf = cluster.ClaimsOf<TimeOfDayClaim>().GroupBy(t => (t.SourceId, t.Sentence.Index)).ToDictionary(g => g.Key, g => g.ToList());
        bool AtOtherHours(QuantityClaim a, QuantityClaim b) => roles[a] is not null && roles[b] is not null
            && timesOf.TryGetValue((a.SourceId, a.Sentence.Index), out var ta) && ta.Count == 1
            && timesOf.TryGetValue((b.SourceId, b.Sentence.Index), out var tb) && tb.Count == 1
            && Math.Abs(((ta[0].Low + ta[0].High) / 2) - ((tb[0].Low + tb[0].High) / 2)) > HoursApart;
        bool SameKind(QuantityClaim a, QuantityClaim b) => Comparable(a, b) || CountOfWhatBefell(a, b, roles);
        // "Hundreds of thousands of homes" in a headline over "about 870,000 households" is the report's own figure told
        // loosely: it meets other reports' figures only through that figure, so a rival's "780,000 homes" is matched with it.
        var loose = claims.Where(c => Loose(c.Quantity)
            && bySource[c.SourceId].Exists(o => !ReferenceEquals(o, c) && !o.Quantity.IsRange && SameKind(o, c) && Gap(o.Quantity, c.Quantity, c.Quantity.Unit!) == 0)).ToHashSet();
        // A report's other figure stands for one of a rate only when it is of that rate: "up to £52m" is no weekly wage.
        // Nor is another player's: "Daly finished second and Pryce was third" gives no third place of Daly's.
        bool SameRate(QuantityClaim a, QuantityClaim b) => SameKind(a, b) && a.Quantity.Per == b.Quantity.Per && !FigureOwner.Players(players[a], a, players[b], b);
        // "212 schools across the county, including all 48 in the district": a sentence that gives the other's figure bare, its
        // noun left understood, tells it as another fact.
        var bareFigures = cluster.ClaimsOf<QuantityClaim>().Where(c => c.Quantity is { Unit: null, IsRange: false } q && q.Low >= BareFigureLeast)
            .ToLookup(c => (c.SourceId, c.Sentence.Index), c => c.Quantity.Low);
        bool GivesBare(QuantityClaim a, QuantityClaim b) => b.Quantity is { IsRange: false, Bound: Bound.Exact, Approximate: false } && bareFigures[(a.SourceId, a.Sentence.Index)].Contains(b.Quantity.Low);
        bool EitherGivesBoth(QuantityClaim a, QuantityClaim b) => AlsoStates(bySource[a.SourceId], a, b, SameRate) || AlsoStates(bySource[b.SourceId], b, a, SameRate)
            || GivesBare(a, b) || GivesBare(b, a);
        // "Visitors have so far donated £2,150" and, in a report published later, "Donations have raised £6,400": a total told
        // as still counting, and a higher one told later, are the total at two times.
        var running = claims.Where(RunningTotal.Is).ToHashSet();
        bool GrewSince(QuantityClaim earlier, QuantityClaim later) => (running.Contains(earlier) || running.Contains(later))
            && published[earlier.SourceId] is { } pe && published[later.SourceId] is { } pl && pe < pl
            && In(later.Quantity, earlier.Quantity.Unit!).Low > earlier.Quantity.High;
        var (facts, alone) = FactAligner.Align(
            claims,
            // Two counts of what befell people differently ("killed 37", "400 were injured") are never one fact.
            // Nor are a count for the whole and one for a place ("412,000 worldwide", "158,000 in Lauremont").
            // Nor are shares for and against ("two-thirds oppose it", "a third support it").
            (a, b) => SameKind(a, b) && !(roles[a] is { } ra && roles[b] is { } rb && ra != rb) && !TollAgainstOtherPeople(a, b) && !TollAgainstOtherPeople(b, a) && CountScope.Compatible(scopes[a], scopes[b])
                && !(stances[a] is { } sa && stances[b] is { } sb && sa != sb)
                // Nor are prizes of two ("£500,000 to the winner", "£200,000 as runner-up").
                && !(prizes[a] is { } pa && prizes[b] is { } pb && pa != pb)
                // Nor are how early and how late something is ("two years ahead of schedule", "six weeks behind schedule"),
                // nor either and a span of neither.
                && offsets[a] == offsets[b]
                // Nor are two dimensions of a thing ("25 feet deep", "30 feet across").
                && !(MeasureHead.IsDimension(heads[a]) && MeasureHead.IsDimension(heads[b]) && heads[a] != heads[b])
                // Nor are a part of a whole and the size of a change ("sixty percent of the extra money", "the 40 percent increase").
                && !(shareKinds[a] is { } ka && shareKinds[b] is { } kb && ka != kb)
                // Nor are figures of two periods ("€2.3bn last year", "€2.1 billion in 2024"), or of a period and a day outside it.
                && FigurePeriods.Compatible(periods[a], periods[b], days[a], days[b])
                // Nor is a reading told as of its own day ("closed at 404p on Wednesday") one of another day ("398p on Monday",
                // "the closing price of 298.5p on Thursday, March 12"). A toll of the dead or injured is: it only grows, so
                // "17 confirmed dead on Monday" and "the toll stood at 14 on Tuesday" cannot both be right.
                && ((Toll(a) && Toll(b)) || (!OtherDays(a, b) && !OtherDays(b, a)))
                && !OneDayOfSpan(a, b) && !OneDayOfSpan(b, a)
                && !AtOtherHours(a, b)
                // Nor is what is true of a kind ("Adults can weigh more than 300 kg") a rival to the story's own figure.
                && !generic.Contains(a) && !generic.Contains(b)
                // Nor is a count of two things ("38,000 homes and businesses") one with a count of one of them ("34,300 households").
                && joint.Contains(a) == joint.Contains(b)
                // Nor is what is left ("its other 11 lifts") one with a count of all ("one of 12 lifts"), nor what is left beside
                // a thing the sentence names ("Hollins Lodge and two other homes") with what is left beside the story's subject.
                && remainders.Contains(a) == remainders.Contains(b) && besideNamed.Contains(a) == besideNamed.Contains(b)
                // Nor are stretches of a sequence from its two ends ("the first four sets", "the last two sets").
                && sequenceParts[a] == sequenceParts[b]
                // Nor is a whole a fraction of which is told ("one-third of the 36,000-square-foot roof") one with that fraction ("12,000 square feet").
                && !PartOfWhole(b, a, fractions[a]) && !PartOfWhole(a, b, fractions[b])
                && capacities.Contains(a) == capacities.Contains(b)
                && !(sinceLast.Contains(a) && !gaps.Contains(b)) && !(sinceLast.Contains(b) && !gaps.Contains(a))
                // Nor are counts of one noun of two kinds ("1,900 letters of objection", "212 letters of support").
                && !(complements[a] is { } ofA && complements[b] is { } ofB && ofA != ofB)
                // Nor are figures of two fiscal years ("last fiscal year", "the coming fiscal year").
                && !(fiscalYears[a] is { } yearA && fiscalYears[b] is { } yearB && yearA != yearB)
                && !loose.Contains(a) && !loose.Contains(b)
                && !EitherGivesBoth(a, b)
                && !GrewSince(a, b) && !GrewSince(b, a)
                && !RateAgainstTotal(a, b) && !RateAgainstTotal(b, a)
                // Nor is a figure a name owns ("Tuilagi's four wickets") one with a figure of a sentence that does not name its owner.
                && FigureOwner.Admits(owners[a], b) && FigureOwner.Admits(owners[b], a)
                // Nor are two players' tallies ("Brandvold made 38 saves", "Haataja finished with 26 saves").
                && !FigureOwner.Players(players[a], a, players[b], b)
                // Nor are two named people's ages ("Gareth Pugh, 58," and "Ann Pugh, 55,").
                && !AgeHolder.Differ(ageHolders[a], ageHolders[b])
                // Nor are figures of other seasons or sexes ("five sailings a day in winter", "eight sailings a day in summer").
                && !ExclusiveQualifiers.Differ(qualifiers[a], qualifiers[b])
                // Nor are figures more than ten times apart ("three months of work" and "growing fruit for 31 years", "£5,000 a
                // megawatt" and "£14.7m"): reports misread or misprint a figure by a digit or a scale, not by more.
                && OfOneScale(a.Quantity, b.Quantity),
            (a, b) => Similarity(context, oneReading, a, b) + (heads[a] is { } ha && ha == heads[b] ? HeadBonus(a, b, headNamesThing) : 0)
                + (stances[a] is { } stance && stance == stances[b] ? SameStanceBonus : 0)
                + (CountOfWhatBefell(a, b, roles) || (prizes[a] is { } prize && prize == prizes[b]) || (offsets[a] is { } offset && offset == offsets[b]) ? SameCountedBonus : 0)
                + (days[a] is { } day && day == days[b] && OfOneScale(a.Quantity, b.Quantity) ? SameDayBonus : 0)
                + (Parallel(a, b) ? ParallelBonus : 0)
                + (a.Quantity.Unit == b.Quantity.Unit && Transposed(digits[a], digits[b]) ? TransposedBonus : 0),
            AlignmentThreshold,
            // A report's two figures are one fact only when they agree (a figure it repeats).
            (a, b) => Gap(a.Quantity, b.Quantity, a.Quantity.Unit!) == 0);

        foreach (var fact in MergeRepeated(facts))
        {
            // A pair the alignment would not have made (a source giving both figures) is no conflict, even when
            // other pairs join its two claims into one fact ("as many as 150,000" meets the police's 42,000).
            yield return Judge(fact, EitherGivesBoth, RisenSince, MovedFrom);
        }

        foreach (var claim in alone)
        {
            yield return new Finding(FindingKind.SingleSource, "numeric", Severity.Low, $"Only {claim.SourceId} states {claim.Quantity}", [claim]);
        }
    }

    /// <summary>
    /// Same unit by the rules, a synonym by the word list ("vessels" and "ships"), units of one kind
    /// ("mph" and "km/h", compared after conversion), or (in LLM mode) the
    /// same canonical unit: "captives" and "prisoners". The canonical form only adds alignments, so a
    /// missing or bad one cannot hide what the rules find.
    /// </summary>
    private static bool Comparable(QuantityClaim a, QuantityClaim b) =>
        (string.Equals(a.Quantity.Unit, b.Quantity.Unit, StringComparison.OrdinalIgnoreCase)
            || CountedNounSynonyms.Same(a.Quantity.Unit, b.Quantity.Unit)
            || UnitConversion.Convertible(a.Quantity.Unit, b.Quantity.Unit)
            || CanonicalKey.SameUnit(a.Canonical, b.Canonical))
        && OfOneStanding(a.Quantity, b.Quantity)
        // Parts of two wholes ("84 of the 150 seats", "11 of the coalition's 84 seats") are never one fact.
        && (a.Quantity.Whole is null || b.Quantity.Whole is null || a.Quantity.Whole == b.Quantity.Whole)
        // Nor is a part and its whole ("260 of the 300 affected homes", "about 300 homes").
        && !IsWholeOf(a.Quantity, b.Quantity) && !IsWholeOf(b.Quantity, a.Quantity)
        // Rates per two things ("£3 a day", "£3 a week") are never one fact. A rate and a figure without one may be:
        // reports often leave the "a year" out ("€14bn a year", "€14bn").
        && (a.Quantity.Per is null || b.Quantity.Per is null || a.Quantity.Per == b.Quantity.Per);

    /// <summary>Whether <paramref name="part"/> is the <paramref name="fraction"/> told of <paramref name="whole"/>.</summary>
    private static bool PartOfWhole(QuantityClaim part, QuantityClaim whole, decimal? fraction) =>
        fraction is { } f && whole.Quantity.Unit is { } unit
        && Gap(whole.Quantity with { Low = whole.Quantity.Low * f, High = whole.Quantity.High * f }, part.Quantity, unit) == 0;

    /// <summary>
    /// Whether <paramref name="whole"/>, itself no part, allows the whole <paramref name="part"/> is counted against. Only a
    /// closed figure can: "more than 100 servers" allows the 310 of "123 of the city's 310 servers" but meets the 123.
    /// </summary>
    private static bool IsWholeOf(Quantity whole, Quantity part) =>
        part.Whole is { } w && whole.Whole is null && whole.Bound == Bound.Exact && whole.Admits(HedgeTolerance) is var (low, high) && w >= low && w <= high;

    /// <summary>
    /// Whether <paramref name="rate"/> is given per a span of time ("£120,000 a year") and <paramref name="total"/>, given per
    /// nothing, stands in a sentence that names several such spans ("a three-year sponsorship worth £360,000", "over five
    /// years"): the total over those spans, not the rate with its "a year" left out.
    /// </summary>
    private static bool RateAgainstTotal(QuantityClaim rate, QuantityClaim total) =>
        rate.Quantity.Per is "day" or "week" or "month" or "year" && total.Quantity.Per is null
        && SeveralSpans().Matches(total.Sentence.Text).Any(m => string.Equals(m.Groups["span"].Value, rate.Quantity.Per, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|multi)[-\s](?<span>day|week|month|year)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SeveralSpans();

    // Counts named by what befell people, with the role of the people they count: "19 deaths" are 19 people killed.
    private static readonly Dictionary<string, string> RoleOfUnit = new(StringComparer.Ordinal)
    {
        ["death"] = "dead", ["fatality"] = "dead", ["arrest"] = "arrested", ["detention"] = "arrested", ["injury"] = "injured",
    };

    /// <summary>
    /// Whether two figures stand alike: both levels or both changes of one direction, both or neither the level a change
    /// started from ("from 5%"), both or neither a level still to come ("will take its fleet to 44").
    /// </summary>
    private static bool OfOneStanding(Quantity a, Quantity b) =>
        a.Direction == b.Direction && a.Prior == b.Prior && a.Projected == b.Projected;

    /// <summary>
    /// A count named by what befell people ("the toll rose to 19", "the number of arrests at 217") and a count of people
    /// it befell ("Nineteen people were killed", "312 people were detained") are one kind of count; so are two counts of
    /// beings it befell named by two nouns (see <see cref="OneBefallen"/>).
    /// </summary>
    private static bool CountOfWhatBefell(QuantityClaim a, QuantityClaim b, Dictionary<QuantityClaim, string?> roles) =>
        OneBefallen(a, b, roles)
        || (OfOneStanding(a.Quantity, b.Quantity)
        && ((RoleOfUnit.TryGetValue(a.Quantity.Unit ?? "", out var ra) && roles[b] == ra) || (RoleOfUnit.TryGetValue(b.Quantity.Unit ?? "", out var rb) && roles[a] == rb)));

    /// <summary>
    /// Whether two counts of beings named by two nouns ("Five riders were injured", "Seven people were hurt") count those
    /// that one thing befell: the same role read beside both, each a count of some noun, no measure, of one standing. Only
    /// death and injury, which befall beings alone and are told once a story; "treated in hospital" and "still in hospital",
    /// or vessels and crews "evacuated", may be two counts.
    /// </summary>
    private static bool OneBefallen(QuantityClaim a, QuantityClaim b, Dictionary<QuantityClaim, string?> roles) =>
        roles[a] is { } role && role is "dead" or "injured" && role == roles[b] && a.Quantity.Counted is not null && b.Quantity.Counted is not null
        && UnitConversion.KindOf(a.Quantity.Unit) is null && UnitConversion.KindOf(b.Quantity.Unit) is null
        && a.Quantity.Whole is null && b.Quantity.Whole is null && OfOneStanding(a.Quantity, b.Quantity);

    /// <summary>
    /// Whether two figures are within a factor of ten of each other ("€7.9bn" and "€37.90" are not): a day they share is
    /// evidence of one fact only between figures that could be one.
    /// </summary>
    private static bool OfOneScale(Quantity a, Quantity b) => WithinFactor(a, b, 10);

    // How far past an open bound ("more than 400") a figure may lie and still be what it rounds down: a writer with 1,500
    // in mind says "more than 1,000", not "more than 400".
    private const decimal OpenBoundReach = 2;

    /// <summary>Whether neither figure is more than <paramref name="factor"/> times the other (in <paramref name="a"/>'s unit).</summary>
    private static bool WithinFactor(Quantity a, Quantity b, decimal factor)
    {
        var (x, y) = (Math.Abs(a.High), Math.Abs(In(b, a.Unit!).High));
        return x > 0 && y > 0 && Math.Max(x, y) <= factor * Math.Min(x, y);
    }

    // The least bare figure that tells a count ("including all 48"): smaller ones ("the 2 sides", "3") are too common to.
    private const decimal BareFigureLeast = 10;

    // How many times its low end a range's high end must be for the range to hold a figure without stating it.
    private const decimal WideRange = 1.5m;

    /// <summary>
    /// Whether <paramref name="a"/>'s source (<paramref name="own"/>) also states, in another claim, a figure that meets
    /// <paramref name="b"/>'s where <paramref name="a"/>'s does not. A report that gives both "asked for ten years" and
    /// "sentenced to seven years" does not deny the seven years another report gives, whatever words the two share:
    /// its two figures are two facts, and the other report's is one of them.
    /// </summary>
    private static bool AlsoStates(List<QuantityClaim> own, QuantityClaim a, QuantityClaim b, Func<QuantityClaim, QuantityClaim, bool> sameKind)
    {
        var unit = b.Quantity.Unit!;
        if (Gap(a.Quantity, b.Quantity, unit) == 0)
        {
            return false; // they meet: nothing to tell apart
        }

        // An open bound speaks only of figures of its own scale: "over 185 km²" allows 27,300 hectares, but "more than
        // 140mm" of rain says nothing of a river's 6.24 metres.
        // A vague figure that holds a's ("dozens of homes evacuated", a headline's, beside "46 homes … evacuated") is a's own
        // figure told loosely, not a second one.
        foreach (var other in own)
        {
            // Closely: "nearly 42 percent" of the vote gives no 38.2 percent, though a hedge allows that much between reports.
            // Nor does b's open bound meet a figure far past it: "more than 400 vehicles" is no report's "about 1,500".
            if (!ReferenceEquals(other, a) && (other.Quantity.Bound == Bound.Exact || WithinFactor(other.Quantity, b.Quantity, OpenBoundReach))
                && (b.Quantity.Bound == Bound.Exact || WithinFactor(other.Quantity, b.Quantity, OpenBoundReach))
                && !(other.Quantity is { IsRange: true, Approximate: true } && !a.Quantity.IsRange && Gap(other.Quantity, a.Quantity, unit) == 0)
                // A wide range ("levies of between 2% and 7% are common") holds b's figure without stating it.
                && !(other.Quantity is { IsRange: true, Bound: Bound.Exact } && !b.Quantity.IsRange && other.Quantity.High > other.Quantity.Low * WideRange)
                && sameKind(other, b) && Gap(other.Quantity, b.Quantity, unit, OwnHedgeTolerance) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A number's own words, less the words before its counted noun: "About 2,500 construction jobs"
    /// keeps "construction" as context, which the other source may give elsewhere ("during construction").
    /// </summary>
    private static string OwnWords(QuantityClaim claim)
    {
        var counted = claim.Quantity.Counted;
        var space = counted?.LastIndexOf(' ') ?? -1;
        return counted is null || space < 0 ? claim.Text : claim.Text.Replace(counted, counted[(space + 1)..], StringComparison.Ordinal);
    }

    /// <summary>The ratings ("magnitude 7.1") each of whose sources gives one value on its scale, however often.</summary>
    private static HashSet<QuantityClaim> OneReadingPerSource(IEnumerable<QuantityClaim> claims) =>
    [
        .. claims
            .Where(c => UnitLexicon.IsRating(c.Quantity.Unit))
            .GroupBy(c => (c.SourceId, c.Quantity.Unit))
            .Where(g => g.Select(c => (c.Quantity.Low, c.Quantity.High)).Distinct().Count() == 1)
            .SelectMany(g => g),
    ];

    /// <summary>
    /// A number's words that are no context for the other numbers of its sentence: a measure's whole text
    /// ("about 60 km"), a count's figure without its noun ("seven" of "seven crew": the crew stays context).
    /// </summary>
    private static string Figure(QuantityClaim claim) =>
        claim.Quantity.Counted is { } counted ? claim.Text.Replace(counted, "", StringComparison.Ordinal) : claim.Text;

    /// <summary>
    /// What one head noun adds: as much as one counted noun when both figures stand right before it ("the 312-kilogram
    /// satellite" and "the 412 kg satellite") and are of one order, as a count's noun names what is counted; less when
    /// either only leads up to it ("a premium of 32%").
    /// </summary>
    private static double HeadBonus(QuantityClaim a, QuantityClaim b, HashSet<QuantityClaim> headNamesThing) =>
        headNamesThing.Contains(a) && headNamesThing.Contains(b) && WithinFactor(a.Quantity, b.Quantity, CountedOrder) ? SameCountedBonus : SameHeadBonus;

    /// <summary>
    /// Whether two counts of one noun share a word before it as well ("37 Roman silver coins", "twenty-seven priceless Roman
    /// coins"): the same things told with another adjective. One noun alone ("20 new homes", "35 affordable homes") is not enough.
    /// </summary>
    private static bool SharedModifier(Quantity a, Quantity b)
    {
        if (a.Unit != b.Unit || a.Counted is not { } ca || b.Counted is not { } cb)
        {
            return false;
        }

        var before = ca.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
        var others = cb.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
        return before.Any(w => w.Length > 2 && others.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    private static double Similarity(ContextSimilarity context, HashSet<QuantityClaim> oneReading, QuantityClaim a, QuantityClaim b)
    {
        // The same counted phrase ("fallen soldiers' remains"), or a synonym by the word list ("45,000
        // staff" and "41,000 employees"), is strong evidence of the same fact, for counts of one order: "a park that
        // cares for more than 900 animals" and "one of 37 animals in a breeding programme" count two things.
        var counted = a.Quantity.Counted is { } ca && b.Quantity.Counted is { } cb
            && (string.Equals(ca, cb, StringComparison.OrdinalIgnoreCase) || CountedNounSynonyms.Same(a.Quantity.Unit, b.Quantity.Unit)
                || SharedModifier(a.Quantity, b.Quantity))
            && WithinFactor(a.Quantity, b.Quantity, CountedOrder) ? SameCountedBonus : 0;
        var of = context.Of(a, b);

        // The very same figure in sentences that share a word ("Unemployment held steady at 5.1%" and
        // "Unemployment was unchanged at 5.1%") is likely one fact told in other words. It can only
        // make an agreement, never a conflict, since the values are equal.
        // So is one figure and its conversion ("about 120 km/h" and "75 mph").
        var same = of > 0 && a.Quantity.BoundSymbol == b.Quantity.BoundSymbol
            && ((a.Quantity.Low == b.Quantity.Low && a.Quantity.High == b.Quantity.High)
                || (UnitConversion.Convertible(a.Quantity.Unit, b.Quantity.Unit) && Gap(a.Quantity, b.Quantity, a.Quantity.Unit!) == 0))
            ? SameFigureBonus : 0;
        // Several figures in one sentence share its words; the words that lead up to each ("Labour on
        // 28%" against "Labour on 26%") tell which goes with which.
        var label = context.Label(a, b);

        // A story has one reading on a graded scale: two sources' only magnitudes are one fact ("a
        // magnitude 7.1 earthquake struck" and "Tuesday's 6.9-magnitude earthquake … rose to 41"),
        // however little else their sentences share.
        if (a.Quantity.Unit == b.Quantity.Unit && oneReading.Contains(a) && oneReading.Contains(b))
        {
            return Math.Max(of + same, AlignmentThreshold);
        }

        // A game has one moment at each minute: two sources' same minute ("a header in the 78th minute" and "the
        // decisive moment came in the 78th minute") is one moment, however little else their sentences share.
        if (a.Quantity.Unit == UnitLexicon.MatchMinute.Unit && b.Quantity.Unit == a.Quantity.Unit && a.Quantity.Low == b.Quantity.Low)
        {
            return Math.Max(of + same, AlignmentThreshold);
        }

        // An age belongs to the person named just before it ("Moor, 61," and "Moor, 62,"): the
        // name decides, whatever else the two sentences say.
        if (a.Quantity.Unit == "age" && b.Quantity.Unit == "age")
        {
            return Math.Max(of, label) + same;
        }

        // Two figures per the same thing ("£180,000 a week", "£150,000 per week") in sentences that share a word are
        // likely one rate told twice: a story rarely gives two weekly wages or two prices per share.
        var rate = of > 0 && a.Quantity.Per is not null && a.Quantity.Per == b.Quantity.Per ? SameCountedBonus : 0;
        return of + counted + same + rate + (LabelWeight * label);
    }

    /// <summary>
    /// Facts told twice by the same reports, each report giving one figure in both (a headline's "£42m" and its body's
    /// "£42m"; a rival's "£24m" and "£24 million"), made one: one fact, one finding.
    /// </summary>
    private static List<IReadOnlyList<QuantityClaim>> MergeRepeated(IReadOnlyList<IReadOnlyList<QuantityClaim>> facts)
    {
        var merged = new List<List<QuantityClaim>>();
        foreach (var fact in facts)
        {
            var into = merged.Find(m => Repeats(m, fact));
            if (into is null)
            {
                merged.Add([.. fact]);
            }
            else
            {
                into.AddRange(fact);
            }
        }

        return [.. merged.Select(m => (IReadOnlyList<QuantityClaim>)m)];

        static bool Repeats(List<QuantityClaim> a, IReadOnlyList<QuantityClaim> b)
        {
            var sources = a.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
            return sources.Count >= 2 && sources.SetEquals(b.Select(c => c.SourceId))
                && sources.All(id => a.Concat(b).Where(c => c.SourceId == id).ToList() is var own
                    && own.All(x => own.All(y => x.Quantity.Unit == y.Quantity.Unit && x.Quantity.Low == y.Quantity.Low && x.Quantity.High == y.Quantity.High)));
        }
    }

    private static Finding Judge(IReadOnlyList<QuantityClaim> fact, Func<QuantityClaim, QuantityClaim, bool> excused, Func<QuantityClaim, QuantityClaim, bool> risenSince, Func<QuantityClaim, QuantityClaim, bool> movedFrom)
    {
        // Name the fact as the sources do ("homes"), falling back to the canonical unit ("km2").
        var unit = fact.Select(c => c.Quantity.Counted).FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? fact[0].Quantity.Unit;

        // Gaps are measured in one unit, the first claim's, so that figures in miles and in kilometres weigh alike.
        var reference = fact[0].Quantity.Unit!;
        // The reason given is the widest disagreement that is no update (a toll risen since, a level moved from), when there
        // is one: "41 by Tuesday evening" against "58 by Tuesday evening", not against "66 by Wednesday night".
        var worst = (Gap: 0m, A: fact[0], B: fact[0]);
        var worstContradiction = worst;
        foreach (var a in fact)
        {
            foreach (var b in fact.Where(b => !ReferenceEquals(a, b) && b.SourceId != a.SourceId && !excused(a, b)))
            {
                var gap = Gap(a.Quantity, b.Quantity, reference);
                if (gap > worst.Gap)
                {
                    worst = (gap, a, b);
                }

                if (gap > worstContradiction.Gap && !risenSince(a, b) && !risenSince(b, a) && !movedFrom(a, b) && !movedFrom(b, a))
                {
                    worstContradiction = (gap, a, b);
                }
            }
        }

        if (worstContradiction.Gap > 0)
        {
            worst = worstContradiction;
        }

        var sides = string.Join(" vs ", fact.GroupBy(c => c.Quantity.ToString()).Select(g => $"{g.Key} ({string.Join(", ", g.Select(c => c.SourceId).Distinct())})"));
        if (worst.Gap == 0)
        {
            return new Finding(FindingKind.Agreement, "numeric", Severity.Low, $"Sources agree on {unit}: {sides}", [.. fact]);
        }

        var (qa, qb) = (worst.A.Quantity, worst.B.Quantity);
        var relative = RelativeDifference(In(qa, reference), In(qb, reference));
        var severity = relative >= 0.25m ? Severity.High : relative >= 0.05m ? Severity.Medium : Severity.Low;
        var converted = UnitConversion.Convertible(qa.Unit, qb.Unit) ? $" ({qa} is {Rounded(In(qa, qb.Unit!))} {qb.Unit})" : "";
        var explanation = string.Create(CultureInfo.InvariantCulture, $"{qa}{converted} and {qb} cannot both hold (differ by {relative:P0}, allowing {Allowance(qa, qb)}).");

        // Every disagreement a toll that a later report puts higher ("23 dead" on Monday, "31 dead" on Thursday): still
        // shown, as the reader may know better, but as likely an update, not a contradiction.
        var disagreements = fact.SelectMany(a => fact.Where(b => b.SourceId != a.SourceId && !excused(a, b) && Gap(a.Quantity, b.Quantity, reference) > 0).Select(b => (a, b))).ToList();
        // Every disagreement one a report itself reconciles, giving the other's figure as the level its own moved from ("19
        // pieces had now been recovered, up from the 12 they reported earlier"): the reports agree on how the count went.
        if (disagreements.TrueForAll(p => movedFrom(p.a, p.b) || movedFrom(p.b, p.a)))
        {
            var mover = disagreements.Select(p => movedFrom(p.a, p.b) ? p.a : p.b).First();
            return new Finding(FindingKind.Agreement, "numeric", Severity.Low, $"Sources agree on {unit}, which changed between the reports: {sides}", [.. fact])
            {
                Explanation = $"{mover.SourceId} gives the other figure as the level its own moved from.",
            };
        }

        if (disagreements.TrueForAll(p => risenSince(p.a, p.b) || risenSince(p.b, p.a)))
        {
            (severity, explanation) = (Severity.Low, explanation + " The later report gives the higher toll: it may have risen between the reports.");
        }

        return new Finding(FindingKind.Conflict, "numeric", severity, $"Different numbers for {unit}: {sides}", [.. fact])
        {
            Explanation = explanation,
        };

        static string Rounded(Quantity q) => q.Low == q.High ? Figure(q.High) : $"{Figure(q.Low)}–{Figure(q.High)}";
        static string Figure(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The distance, in <paramref name="unit"/>, between the intervals two statements allow; 0 when
    /// they meet. Figures in two units of one kind are usually one figure and its conversion, rounded
    /// ("18 inches (45 cm)"), so they meet when either lies within rounding of the other.
    /// </summary>
    private static decimal Gap(Quantity a, Quantity b, string unit) => Gap(a, b, unit, HedgeTolerance);

    private static decimal Gap(Quantity a, Quantity b, string unit, decimal hedgeTolerance)
    {
        // "600 prisoners each" against "1,200 prisoners": a figure per party meets a total for two parties,
        // the usual count of sides to a swap, as well as the same figure read per party.
        if (a.Each != b.Each)
        {
            var (each, total) = a.Each ? (a, b) : (b, a);
            var doubled = each with { Low = each.Low * 2, High = each.High * 2, Each = false };
            return Math.Min(Gap(each with { Each = false }, total, unit, hedgeTolerance), Gap(doubled, total, unit, hedgeTolerance));
        }

        // Figures of one measure written alike: the same unit, or counted nouns aligned as one fact ("crowd", "spectators").
        // So are figures in two notations of one scale ("5 minutes 48.3 seconds" and a race time "5:43.8"): neither rounds the other.
        var writtenAlike = a.Unit == b.Unit || !UnitConversion.Convertible(a.Unit, b.Unit) || UnitConversion.OfOneSize(a.Unit, b.Unit);
        if (writtenAlike && (RoundsTo(a, b) || RoundsTo(b, a)))
        {
            return 0;
        }

        // Two hedged figures share the allowance one would have: "about 24%" against "roughly 29%" is two readings of
        // the share, not two readings that each may stray a tenth and so meet in the middle.
        if (HedgedPoint(a) && HedgedPoint(b))
        {
            hedgeTolerance /= 2;
        }

        var (al, ah) = writtenAlike ? Admitted(a, hedgeTolerance) : In(a, unit).Admits(hedgeTolerance);
        var (bl, bh) = writtenAlike ? Admitted(b, hedgeTolerance) : In(b, unit).Admits(hedgeTolerance);
        var gap = al > bh ? al - bh : bl > ah ? bl - ah : 0;
        return gap == 0 || writtenAlike ? gap : Math.Max(0, gap - Math.Max(RoundingIn(a, unit), RoundingIn(b, unit)));
    }

    /// <summary>
    /// The values <paramref name="q"/> allows against a figure written in the same measure. A hedge allows
    /// <paramref name="hedgeTolerance"/> of the figure, but a whole figure of a thousand or more allows no more than
    /// <see cref="HedgeSteps"/> steps of its last written digit: "about 870,000 households" is written to the ten thousand,
    /// so it allows 845,000–895,000 and not "some 780,000 homes"; "about 6,000" still allows 10 %. So does a share of any
    /// size: "some 58 per cent" is written to the point, and allows 55.5–60.5 %, not 54 %; "about 60%" still allows 54–66 %.
    /// Fractions ("nearly a third") and converted figures have no written digits of their own, so they keep the whole allowance.
    /// </summary>
    private static (decimal Low, decimal High) Admitted(Quantity q, decimal hedgeTolerance)
    {
        var (low, high) = q.Admits(hedgeTolerance);
        // A share as written in digits, to two places at most: "nearly a third" (33.33… %) is no written figure.
        var share = q.Unit == "%" && q.Low * 100 == decimal.Truncate(q.Low * 100);
        if (!q.Approximate || q.Bound != Bound.Exact || q.Low != q.High || (!share && (Math.Abs(q.Low) < 1000 || q.Low != decimal.Truncate(q.Low))))
        {
            return (low, high);
        }

        var allowance = Math.Min(Math.Abs(q.Low) * hedgeTolerance, HedgeSteps * LastDigitStep(Math.Abs(q.Low)));
        return (q.Low - allowance, q.High + allowance);
    }

    private static string Allowance(Quantity a, Quantity b) => HedgedPoint(a) && HedgedPoint(b)
        ? string.Create(CultureInfo.InvariantCulture, $"±{HedgeTolerance / 2:P0} for each of two hedged figures")
        : string.Create(CultureInfo.InvariantCulture, $"±{HedgeTolerance:P0} for hedged figures");

    /// <summary>Whether <paramref name="unit"/> measures a body's size, weight, speed or heat: not a share, sum, time, age or count.</summary>
    private static bool IsPhysical(string? unit) => UnitConversion.KindOf(unit) is MeasureKind.Length or MeasureKind.Area or MeasureKind.Volume
        or MeasureKind.Weight or MeasureKind.Speed or MeasureKind.Temperature or MeasureKind.Power or MeasureKind.Energy;

    private static bool HedgedPoint(Quantity q) => q is { Approximate: true, Bound: Bound.Exact } && q.Low == q.High;

    // How many steps of its last written digit a hedged whole figure may stray: "about 4,300" allows 4,050–4,550.
    private const decimal HedgeSteps = 2.5m;

    /// <summary>A hedged range whose top is twice its bottom or more: "hundreds of thousands", "dozens", "between 2 and 5 million".</summary>
    private static bool Loose(Quantity q) => q is { IsRange: true, Approximate: true } && q.Low > 0 && q.High >= 2 * q.Low;

    /// <summary>A statement expressed in <paramref name="unit"/>: itself when it is in that unit, or does not convert to it.</summary>
    private static Quantity In(Quantity q, string unit)
    {
        if (q.Unit == unit || q.Unit is null
            || UnitConversion.ConvertSpan(q.Low, q.Unit, unit, q.Direction != Direction.None) is not { } low
            || UnitConversion.ConvertSpan(q.High, q.Unit, unit, q.Direction != Direction.None) is not { } high)
        {
            return q;
        }

        return q with { Low = Math.Min(low.Low, high.Low), High = Math.Max(low.High, high.High), Unit = unit };
    }

    /// <summary>
    /// How far a conversion may stray from the figure it was rounded to, in <paramref name="unit"/>: half
    /// a step of the last digit written ("45 cm" is 44.5–45.5), but at least 2.5 % and at most 10 % of the
    /// figure, so that "a metre" meets "three feet" and "200 km/h" does not meet "100 mph"; for a
    /// temperature, the half step alone.
    /// </summary>
    private static decimal RoundingIn(Quantity q, string unit)
    {
        var value = Math.Abs(q.High);
        if (value == 0 || q.Unit is null)
        {
            return 0;
        }

        // A share of a temperature means nothing (0 °C is no zero of heat): only the written step counts.
        var step = LastDigitStep(value) / 2;
        var own = UnitConversion.HasOffset(q.Unit) ? step : Math.Clamp(step, 0.025m * value, 0.1m * value);
        return Math.Abs(UnitConversion.Convert(own, q.Unit, unit, change: true) ?? own);
    }

    /// <summary>The place value of a figure's last non-zero digit: 1 for 193, 10 for 130, 0.1 for 4.5.</summary>
    private static decimal LastDigitStep(decimal value)
    {
        var step = 1m;
        var whole = value;
        for (var places = 0; places < 28 && whole != decimal.Truncate(whole); places++)
        {
            whole *= 10;
            step /= 10;
        }

        while (whole >= 10 && whole % 10 == 0)
        {
            whole /= 10;
            step *= 10;
        }

        return step;
    }

    // How far a figure may lie from two digits and three zeros or more ("210,000") and still be what they round.
    private const decimal TwoDigitRounding = 0.01m;

    // The step of a figure's last written digit from which two digits are a rounding: a figure of ten million or more.
    private const decimal MillionsStep = 1_000_000m;

    /// <summary>
    /// Whether the exact figure <paramref name="coarse"/> is <paramref name="fine"/> rounded to its own
    /// decimals: "38%" is "38.2%" rounded, "9%" is not "9.5%", "€1.8 billion" is "€1.79 billion" rounded; or to the
    /// hundred or ten its trailing zeros leave after three digits or more: "36,800" is "36,812" rounded. A figure of
    /// fewer digits is no rounding: "1,000" is not "1,200", nor "40" "43"; in the tens of millions two are: "$62 million" is
    /// "$62.4 million" rounded.
    /// </summary>
    private static bool RoundsTo(Quantity coarse, Quantity fine)
    {
        if (coarse.Low != coarse.High || fine.Low != fine.High || coarse.Approximate || fine.Approximate
            || coarse.BoundSymbol != "=" || fine.BoundSymbol != "=")
        {
            return false;
        }

        // A figure with a scale word keeps the decimals of its written digits: "€1.8 billion" is 1,800,000,000.0, and it is
        // "€1.79 billion" or "£1,381,450" against "£1.38 million" rounded to the step of its last written digit (a hundred
        // million; ten thousand), whatever decimals the finer figure is written with.
        // A whole number of a thousand or more with decimals kept can only come from a scale word; "38.0" is written so.
        var places = Decimals(coarse.Low);
        var step = LastDigitStep(Math.Abs(coarse.Low));
        var scaled = places > 0 && coarse.Low == decimal.Truncate(coarse.Low) && Math.Abs(coarse.Low) >= 1000;
        if (scaled && step >= 1 && Math.Round(fine.Low / step, 0, MidpointRounding.AwayFromZero) * step == coarse.Low)
        {
            return true;
        }

        // A whole figure ending in zeros after three or more other digits is itself a rounding, to within 1 %: "a crowd of
        // 36,800" is "36,812" rounded to the hundred. Fewer digits stay exact claims: "1,000" is no rounding of "1,200".
        if (places == 0 && step >= 10 && Math.Abs(coarse.Low) / step >= 100 && Decimals(fine.Low) == 0
            && Math.Round(fine.Low / step, 0, MidpointRounding.AwayFromZero) * step == coarse.Low)
        {
            return true;
        }

        // Two digits before three zeros or more are a rounding as well, but only to within 1 %: a headline's "210,000 homes"
        // is the body's "209,600" rounded, while "210,000" against "205,000" (2.4 %) stays two figures.
        if (places == 0 && step >= 1000 && Math.Abs(coarse.Low) / step >= 10 && Decimals(fine.Low) == 0
            && Math.Round(fine.Low / step, 0, MidpointRounding.AwayFromZero) * step == coarse.Low
            && RelativeDifference(coarse, fine) <= TwoDigitRounding)
        {
            return true;
        }

        // In the tens of millions two digits are a rounding too, to within 5 %: "$62 million" is "$62.4 million" rounded.
        if (places == 0 && step >= MillionsStep && Math.Abs(coarse.Low) / step >= 10
            && Math.Round(fine.Low / step, 0, MidpointRounding.AwayFromZero) * step == coarse.Low)
        {
            return true;
        }

        return places < Decimals(fine.Low) && Math.Round(fine.Low, places, MidpointRounding.AwayFromZero) == coarse.Low;

        static int Decimals(decimal d) => d.Scale; // as written: "38.0" keeps its one decimal
    }

    private static decimal RelativeDifference(Quantity a, Quantity b)
    {
        var ma = (a.Low + a.High) / 2;
        var mb = (b.Low + b.High) / 2;
        var scale = Math.Max(Math.Abs(ma), Math.Abs(mb));
        return scale == 0 ? 0 : Math.Abs(ma - mb) / scale;
    }
}

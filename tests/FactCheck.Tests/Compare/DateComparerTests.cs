using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Dates;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Compare;

public sealed class DateComparerTests
{
    [Fact]
    public void The_same_happening_on_different_days_conflicts()
    {
        var sa = Source("a.txt", "The river crested on Sunday at nine meters, flooding the lower town.");
        var sb = Source("b.txt", "The river crested on Saturday, flooding the lower town.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Sunday", CalendarDate.Day(2026, 3, 8), DayOfWeek.Sunday, relative: true)]),
            (sb, [DateAt(sb, "Saturday", CalendarDate.Day(2026, 3, 7), DayOfWeek.Saturday, relative: true)]));

        var finding = Assert.Single(new DateComparer().Compare(cluster));

        Assert.Equal(FindingKind.Conflict, finding.Kind);
        Assert.Equal("date", finding.Type);
        Assert.Contains("1 day", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_days_given_for_one_named_thing_are_one_happening_on_little_other_shared_wording()
    {
        // Only "public hearing" is shared, and the words of a council story are common to all its sentences.
        var sa = Source("a.txt", "The vote followed a public hearing on June 9 that ran past midnight, with speaker after speaker urging the council not to cut library hours.");
        var sb = Source("b.txt", "At the public hearing on Thursday, speakers lined up past ten, many of them regular library users.");
        var sc = Source("c.txt", "The council vote on the library budget came on Tuesday, when members backed the plan.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "June 9", CalendarDate.Day(2026, 6, 9))]),
            (sb, [DateAt(sb, "Thursday", CalendarDate.Day(2026, 6, 11), DayOfWeek.Thursday, relative: true)]),
            (sc, [DateAt(sc, "Tuesday", CalendarDate.Day(2026, 6, 16), DayOfWeek.Tuesday, relative: true)]));

        var finding = Assert.Single(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);

        Assert.Equal(["a.txt", "b.txt"], finding.SourceIds);
    }

    [Theory]
    [InlineData(38.7, "°C", 38.7, "°C", false, true)]
    [InlineData(38.7, "°C", 37.9, "°C", false, false)]
    [InlineData(38.7, "°C", 38.7, "°F", false, false)]
    [InlineData(4, "person", 4, "person", false, false)] // a small count is given by chance for many things
    [InlineData(200, "m", 200, "m", true, false)] // a figure a report repeats names the story ("the 200m freestyle")
    public void Sentences_that_share_a_telling_figure_tell_of_one_moment(double va, string ua, double vb, string ub, bool repeated, bool shared)
    {
        var sa = Source("a.txt", "The reading of the figure was taken at Oakhurst on July 25, 2019.");
        var sb = Source("b.txt", "The figure was set in Oakhurst on 31 July 2019. Nobody has beaten that figure since.");
        List<FactCheck.Core.Claims.Claim> bClaims = [DateAt(sb, "31 July 2019", CalendarDate.Day(2019, 7, 31)), QuantityAt(sb, "figure", Quantity.Of((decimal)vb, ub))];
        if (repeated)
        {
            bClaims.Add(QuantityAt(sb, "figure", Quantity.Of((decimal)vb, ub), after: "beaten"));
        }

        var da = DateAt(sa, "July 25, 2019", CalendarDate.Day(2019, 7, 25));
        var cluster = Cluster((sa, [da, QuantityAt(sa, "figure", Quantity.Of((decimal)va, ua))]), (sb, [.. bClaims]));

        Assert.Equal(shared, TellingFigures.Of(cluster).Shared(da, bClaims[0]));
    }

    [Theory]
    [InlineData("The vote followed a public hearing on June 9 that ran past midnight.", "June 9", "hearing")] // a kind of happening, named by its kind
    [InlineData("At the hearing on Thursday, speakers lined up.", "Thursday", "hearing")] // a kind of happening, named by its kind
    [InlineData("The landslide damaged 1,600 vehicles on Thursday.", "Thursday", "")] // the day is the damage's
    [InlineData("The two sides met on Thursday.", "Thursday", "")] // a verb
    [InlineData("The council said on Thursday that it would act.", "Thursday", "")]
    [InlineData("The talks in Vienna resumed in June.", "June", "")] // no single day
    [InlineData("Members saw the land during a site visit last Thursday.", "last Thursday", "visit")] // no "on" between
    [InlineData("The final was held on Thursday.", "Thursday", "final")] // the subject of a verb of taking place
    [InlineData("The official weigh-in took place on Thursday at the boathouse.", "Thursday", "weigh-in")]
    [InlineData("They were calm after the official weigh-in at the Ferrisbury boathouse on Wednesday.", "Wednesday", "boathous weigh-in")] // a place between
    [InlineData("The couple matched all six numbers in the Lucky Star Lotto draw on Saturday.", "Saturday", "draw")] // a name between the noun and its determiner
    [InlineData("The couple matched all six numbers in Lotto draws on Saturday.", "Saturday", "")] // no determiner
    [InlineData("The recount began Monday, and involved 120 workers.", "Monday", "recount")] // no "on" after a verb of taking place
    [InlineData("The recount, which began Tuesday, was carried out by 40 teams.", "Tuesday", "recount")] // past a relative "which"
    [InlineData("Workers began Tuesday to count the ballots.", "Tuesday", "")]
    [InlineData("The union announced the walkout last Thursday.", "last Thursday", "strike")] // a kind of happening stands for its kind
    [InlineData("The union announced the strike on Thursday.", "Thursday", "strike")]
    public void The_nouns_a_day_is_given_for_are_read_around_it(string text, string date, string nouns)
    {
        var source = Source("a.txt", text);
        var claim = DateAt(source, date, date == "June" ? CalendarDate.Month(2026, 6) : CalendarDate.Day(2026, 6, 11));

        Assert.Equal(nouns, string.Join(" ", DateComparer.HappeningNouns(claim)));
    }

    [Fact]
    public void Two_days_given_for_one_site_visit_conflict_though_one_report_puts_no_on_before_its_day()
    {
        var sa = Source("a.txt", "Committee members had seen the land for themselves during a site visit last Thursday, walking the route of the new road.");
        var sb = Source("b.txt", "Councillors had walked the fields on a site visit on Friday, June 5, with council planning officers.");
        var sc = Source("c.txt", "The committee approved the scheme on Tuesday by seven votes to four.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "last Thursday", CalendarDate.Day(2026, 6, 4), DayOfWeek.Thursday, relative: true)]),
            (sb, [DateAt(sb, "Friday, June 5", CalendarDate.Day(2026, 6, 5))]),
            (sc, [DateAt(sc, "Tuesday", CalendarDate.Day(2026, 6, 9), DayOfWeek.Tuesday, relative: true)]));

        var finding = Assert.Single(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);

        Assert.Equal(["a.txt", "b.txt"], finding.SourceIds);
    }

    [Theory]
    [InlineData("Tuesday, July 14", 14, true)]
    [InlineData("Monday, March 2", 0, false)] // months apart: the same words tell of another happening
    public void Dates_the_same_words_lead_up_to_are_one_happening(string otherText, int otherDay, bool conflict)
    {
        // The sentences share only the words that lead up to their dates: "Admissions peaked on".
        var sa = Source("a.txt", "Heat wave admissions at Corley General peaked on July 15, when the airport recorded 41C, the health board said.", new DateOnly(2026, 8, 20));
        var sb = Source("b.txt", $"Heat wave admissions at Corley General peaked on {otherText}, with several wards reporting waits of more than six hours.", new DateOnly(2026, 8, 21));
        var other = otherDay == 0 ? CalendarDate.Day(2026, 3, 2) : CalendarDate.Day(2026, 7, otherDay);
        var cluster = Cluster(
            (sa, [DateAt(sa, "July 15", CalendarDate.Day(2026, 7, 15))]),
            (sb, [DateAt(sb, otherText, other)]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("A geared traction lift at Corvin House stalled with eleven workers inside yesterday morning after its governor tripped.", 17, "yesterday", 16, true)]
    [InlineData("State investigators are focusing on a worn brake of the geared lift following the Sept. 14 breakdown.", 17, "Sept. 14", 14, true)] // shares next to nothing
    [InlineData("Lift engineers spent yesterday inspecting the car at Corvin House, a day after it stalled between two floors.", 17, "yesterday", 16, false)] // a day after the happening
    [InlineData("A geared traction lift at Corvin House stalled with eleven workers inside yesterday morning after its governor tripped.", 23, "yesterday", 22, false)] // a week on: another story's lead
    public void Two_reports_lead_days_are_one_happening_however_differently_told(string lead, int published, string dayText, int day, bool conflict)
    {
        // Each report leads with its story's day; the sentences share little but the building's name.
        var sa = Source("a.txt", "Workers freed from stalled lift\n\nEleven office workers spent two hours trapped inside a stalled lift at Corvin House on Tuesday morning before firefighters freed them.", new DateOnly(2026, 9, 15));
        var sb = Source("b.txt", $"Governor trip strands lift users\n\n{lead}", new DateOnly(2026, 9, published));
        var cluster = Cluster(
            (sa, [DateAt(sa, "Tuesday", CalendarDate.Day(2026, 9, 15))]),
            (sb, [DateAt(sb, dayText, CalendarDate.Day(2026, 9, day))]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The affected cans carry a best-before date of 30 October 2026.", "30 October 2026", 10, true)]
    [InlineData("The affected cans were brewed on 30 October 2025 at the Dunmore site.", "30 October 2025", -1, false)]
    public void A_date_printed_on_goods_is_one_fact_only_with_another_such_date(string textB, string dateText, int month, bool conflict)
    {
        var sa = Source("a.txt", "Customers are urged not to drink cans marked best before 30 September 2026 and to return them for a refund.", new DateOnly(2026, 4, 10));
        var sb = Source("b.txt", textB, new DateOnly(2026, 4, 10));
        var cluster = Cluster(
            (sa, [DateAt(sa, "30 September 2026", CalendarDate.Day(2026, 9, 30))]),
            (sb, [DateAt(sb, dateText, month > 0 ? CalendarDate.Day(2026, month, 30) : CalendarDate.Day(2025, 10, 30))]));

        var findings = new DateComparer().Compare(cluster).ToList();

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Agreement);
    }

    [Fact]
    public void A_wire_datelines_day_dates_the_report_not_a_happening()
    {
        var findings = FactCheck.Tests.Support.Fixtures.FindingsOf(
            "KESTREL RANGE NATIONAL PARK, Oct. 6 (Pacific Wire) — A pack of nine wolves has settled inside the park, park officials announced on Monday.",
            "A pack of nine wolves settled inside Kestrel Range National Park on Oct. 6, park officials confirmed.",
            new DateOnly(2026, 10, 8));

        Assert.DoesNotContain(findings, f => f.Type == "date" && f.Claims.Any(c => c.SourceId == "a.txt" && c.Text.StartsWith("Oct", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Two of them, a baker and an apprentice, remained in serious condition at St. Mary's Medical Center on Wednesday morning.", false)]
    [InlineData("The road was still closed on Wednesday morning.", false)]
    [InlineData("Two bakery workers were taken to St. Mary's Medical Center on Wednesday morning.", true)]
    public void A_day_a_state_still_held_is_no_rival_to_another_day(string text, bool conflict)
    {
        var sa = Source("a.txt", "Two bakery workers were listed in serious condition at St. Mary's Medical Center on Tuesday afternoon, a hospital spokeswoman said.", new DateOnly(2026, 4, 15));
        var sb = Source("b.txt", text, new DateOnly(2026, 4, 15));
        var cluster = Cluster(
            (sa, [DateAt(sa, "Tuesday", CalendarDate.Day(2026, 4, 14))]),
            (sb, [DateAt(sb, "Wednesday", CalendarDate.Day(2026, 4, 15))]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The pool will stay closed until at least Friday, the council said.", "Friday", 17, true)]
    [InlineData("The pool will stay closed until Friday, the council said.", "Friday", 17, true)]
    [InlineData("The pool stayed closed on Friday while divers searched the tank.", "Friday", 17, false)]
    [InlineData("The pool will stay closed until at least Saturday, the council said.", "Saturday", 18, false)]
    public void A_day_a_state_is_due_to_end_is_a_rival_to_another_such_day(string text, string dateText, int day, bool conflict)
    {
        var sa = Source("a.txt", "Managers said the pool would remain shut until at least Saturday.", new DateOnly(2026, 7, 16));
        var sb = Source("b.txt", text, new DateOnly(2026, 7, 16));
        var cluster = Cluster(
            (sa, [DateAt(sa, "Saturday", CalendarDate.Day(2026, 7, 18))]),
            (sb, [DateAt(sb, dateText, CalendarDate.Day(2026, 7, day))]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData(3, 3, false)] // each its report's own news day: two statements of a running story
    [InlineData(3, 1, true)] // two days before the later report: not its news day
    [InlineData(2, 1, true)] // reports of one day: nothing tells two statements apart
    public void Days_things_were_said_in_reports_of_two_days_are_each_its_own_news_day(int laterPublished, int laterDay, bool conflict)
    {
        var sa = Source("a.txt", "Twelve children at Fernwood Primary have been confirmed as having measles, health officials said today.", new DateOnly(2026, 6, 2));
        var sb = Source("b.txt", "The number of confirmed measles cases linked to the school has risen to 15, health officials said on Wednesday.", new DateOnly(2026, 6, laterPublished));
        var cluster = Cluster(
            (sa, [DateAt(sa, "today", CalendarDate.Day(2026, 6, 2))]),
            (sb, [DateAt(sb, "Wednesday", CalendarDate.Day(2026, 6, laterDay))]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The restrictions take effect on Tuesday, July 21, and could last into the autumn.", true)]
    [InlineData("Drivers will start paying from Tuesday, July 21, under the timetable in the report.", true)]
    [InlineData("The ban kicks in on Tuesday, July 21, for every household.", true)]
    [InlineData("The restrictions were explained to councillors at a briefing on Tuesday, July 21.", false)] // no onset
    [InlineData("The restrictions take effect on Tuesday, July 21, and a second stage starts on Monday, August 3.", false)] // two onsets
    [InlineData("The restrictions take effect after Tuesday, July 21, the company said.", false)] // a bound, not a first day
    public void Two_reports_only_days_from_which_something_applies_are_one_day(string textB, bool conflict)
    {
        // Little wording in common: the day each report says the ban begins is still the one day the story has.
        var sa = Source("a.txt", "Watering gardens with a hose will be prohibited from Friday, July 24, after one of the driest springs on record.", new DateOnly(2026, 7, 14));
        var sb = Source("b.txt", textB, new DateOnly(2026, 7, 15));
        var datesB = new List<FactCheck.Core.Claims.Claim> { DateAt(sb, "Tuesday, July 21", CalendarDate.Day(2026, 7, 21)) };
        if (textB.Contains("August 3", StringComparison.Ordinal))
        {
            datesB.Add(DateAt(sb, "Monday, August 3", CalendarDate.Day(2026, 8, 3)));
        }

        var cluster = Cluster(
            (sa, [DateAt(sa, "Friday, July 24", CalendarDate.Day(2026, 7, 24))]),
            (sb, [.. datesB]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_weekday_between_the_cue_and_the_date_is_passed_over()
    {
        // The date claim alone ("July 21"), as the extractor gives it beside its weekday: "from Tuesday, July 21" still starts it.
        var sa = Source("a.txt", "Watering gardens with a hose will be prohibited from Friday, July 24, after one of the driest springs on record.", new DateOnly(2026, 7, 14));
        var sb = Source("b.txt", "Drivers will start paying from Tuesday, July 21, under the timetable in the report.", new DateOnly(2026, 7, 15));
        var cluster = Cluster(
            (sa, [DateAt(sa, "July 24", CalendarDate.Day(2026, 7, 24))]),
            (sb, [DateAt(sb, "July 21", CalendarDate.Day(2026, 7, 21))]));

        Assert.Contains(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void A_date_whose_sentence_also_gives_the_other_date_is_matched_by_that_one()
    {
        // "Last year" meets "last year" and "this year" meets "this year", though the sentences are alike throughout.
        var sa = Source("a.txt", "Last year 31 people died on the province's mountain roads, and 22 have died so far this year.");
        var sb = Source("b.txt", "So far this year, 22 people have died on the province's mountain roads.");
        var sc = Source("c.txt", "Last year, 31 people died on the province's mountain roads.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Last year", CalendarDate.Year(2024), relative: true), DateAt(sa, "this year", CalendarDate.Year(2025), relative: true)]),
            (sb, [DateAt(sb, "this year", CalendarDate.Year(2025), relative: true)]),
            (sc, [DateAt(sc, "Last year", CalendarDate.Year(2024), relative: true)]));

        var findings = new DateComparer().Compare(cluster).ToList();

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(2, findings.Count(f => f.Kind == FindingKind.Agreement));
    }

    [Fact]
    public void A_third_report_that_gives_both_dates_explains_two_reports_that_give_one_each()
    {
        var sa = Source("a.txt", "The firm had revenue of just 2.1 million crowns in 2022, according to company filings.");
        var sb = Source("b.txt", "The firm's turnover was 9.5 million crowns in 2024, company filings show.");
        var sc = Source("c.txt", "The firm reported turnover of 9.5 million crowns last year, up from 2.1 million crowns in 2022, according to company filings.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "2022", CalendarDate.Year(2022))]),
            (sb, [DateAt(sb, "2024", CalendarDate.Year(2024))]),
            (sc, [DateAt(sc, "last year", CalendarDate.Year(2024), relative: true), DateAt(sc, "2022", CalendarDate.Year(2022))]));

        Assert.DoesNotContain(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void A_period_that_takes_in_both_dates_leaves_them_comparable()
    {
        // "The past week" meets June 4 and June 5 alike: it is no second date that A's June 5 should be matched by.
        var sa = Source("a.txt", "Residents first reported water bubbling up through the road on June 5, the utility said.");
        var sb = Source("b.txt", "Residents reported water bubbling up through the road on Thursday, and had seen it sag over the past week.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "June 5", CalendarDate.Day(2026, 6, 5))]),
            (sb, [DateAt(sb, "Thursday", CalendarDate.Day(2026, 6, 4), DayOfWeek.Thursday, relative: true),
                DateAt(sb, "the past week", new CalendarDate(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 7), DatePrecision.Week), relative: true)]));

        var finding = Assert.Single(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);

        Assert.Contains(finding.Claims, c => c.Text == "Thursday");
    }

    [Fact]
    public void The_day_something_was_said_is_no_rival_for_the_day_it_reports()
    {
        var sa = Source("a.txt", "Nine of those arrested have been charged with violent disorder, police said on Monday.");
        var sb = Source("b.txt", "Police arrested 23 people on Saturday, nine of whom have since been charged with violent disorder.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Monday", CalendarDate.Day(2026, 11, 16), DayOfWeek.Monday, relative: true)]),
            (sb, [DateAt(sb, "Saturday", CalendarDate.Day(2026, 11, 14), DayOfWeek.Saturday, relative: true)]));

        Assert.DoesNotContain(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData("Police on Monday said nine of those arrested had been charged with violent disorder.", "Monday", false)]
    [InlineData("Furious residents on Monday demanded answers after police arrested 23 people.", "Monday", false)]
    [InlineData("Police on Monday arrested 23 people, nine of whom have since been charged with violent disorder.", "Monday", true)]
    public void A_day_right_before_a_verb_of_saying_is_the_day_something_was_said(string textA, string dayText, bool conflict)
    {
        var sa = Source("a.txt", textA);
        var sb = Source("b.txt", "Police arrested 23 people on Saturday, nine of whom have since been charged with violent disorder.");
        var cluster = Cluster(
            (sa, [DateAt(sa, dayText, CalendarDate.Day(2026, 11, 16), DayOfWeek.Monday, relative: true)]),
            (sb, [DateAt(sb, "Saturday", CalendarDate.Day(2026, 11, 14), DayOfWeek.Saturday, relative: true)]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Cases linked to the schools have risen to 27, up from 25 on Wednesday, health officials said.", "Cases linked to the schools have risen to 25, up from 23 on Tuesday, health officials said.", false)]
    [InlineData("Cases linked to the schools have risen to 27, up from the 25 reported Wednesday, health officials said.", "Cases linked to the schools have risen to 25, up from 23 on Tuesday, health officials said.", false)]
    [InlineData("The first case linked to the schools was confirmed on Wednesday, health officials said.", "The first case linked to the schools was confirmed on Tuesday, health officials said.", true)]
    public void The_day_of_a_level_a_count_moved_from_is_no_rival_day(string textA, string textB, bool conflict)
    {
        var sa = Source("a.txt", textA);
        var sb = Source("b.txt", textB);
        var cluster = Cluster(
            (sa, [DateAt(sa, "Wednesday", CalendarDate.Day(2026, 5, 13), DayOfWeek.Wednesday, relative: true)]),
            (sb, [DateAt(sb, "Tuesday", CalendarDate.Day(2026, 5, 12), DayOfWeek.Tuesday, relative: true)]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The 41-year-old appeared before magistrates on Saturday charged with importing drugs.", false)] // another man
    [InlineData("The 29-year-old appeared before magistrates on Saturday charged with importing drugs.", true)]
    [InlineData("He appeared before magistrates on Saturday charged with importing drugs.", true)]
    public void Days_told_of_people_of_different_ages_are_two_happenings(string textB, bool conflict)
    {
        var sa = Source("a.txt", "The 29-year-old appeared before magistrates on Friday charged with importing drugs.");
        var sb = Source("b.txt", textB);
        var cluster = Cluster(
            (sa, [DateAt(sa, "Friday", CalendarDate.Day(2026, 9, 4), DayOfWeek.Friday, relative: true)]),
            (sb, [DateAt(sb, "Saturday", CalendarDate.Day(2026, 9, 5), DayOfWeek.Saturday, relative: true)]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("this year", 2026, 2026, false)]
    [InlineData("last year", 2026, 2027, true)] // a report of the next January: its "last year" may be the other's year told late
    public void Two_years_each_named_relative_to_its_report_are_two_periods(string text, int year, int publishedYear, bool conflict)
    {
        var sa = Source("a.txt", $"The agency said the crash was the third serious pollution incident on the river {text}.", new DateOnly(publishedYear, publishedYear == 2026 ? 6 : 1, 3));
        var sb = Source("b.txt", "There were 11 serious pollution incidents on the river last year, agency figures show.", new DateOnly(2026, 6, 4));
        var sc = Source("c.txt", "The tanker overturned on the bypass on Tuesday, spilling diesel into a stream.", new DateOnly(2026, 6, 3));
        var cluster = Cluster(
            (sa, [DateAt(sa, text, CalendarDate.Year(year), relative: true)]),
            (sb, [DateAt(sb, "last year", CalendarDate.Year(2025), relative: true)]),
            (sc, [DateAt(sc, "Tuesday", CalendarDate.Day(2026, 6, 2), DayOfWeek.Tuesday, relative: true)]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData(2029, 0, true, false)] // "by 2029" allows July 2026
    [InlineData(2026, 5, true, true)] // "by May 2026" does not
    [InlineData(2029, 0, false, true)] // "in 2029" is no July 2026
    public void A_deadline_meets_any_day_before_it(int year, int month, bool deadline, bool conflict)
    {
        var sa = Source("a.txt", "Ardella will raise the minimum wage to $17.25 an hour from July, the ministry said.", new DateOnly(2026, 3, 2));
        var sb = Source("b.txt", "The ministry said it wants the minimum wage to reach $20 an hour by 2029, the ministry said.", new DateOnly(2026, 3, 2));
        var date = month == 0 ? CalendarDate.Year(year) : CalendarDate.Month(year, month);
        var cluster = Cluster(
            (sa, [DateAt(sa, "July", CalendarDate.Month(2026, 7))]),
            (sb, [DateAt(sb, "by 2029", date) with { Bound = deadline ? DateBound.Before : DateBound.None }]));

        Assert.Equal(conflict, new DateComparer().Compare(cluster).Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("up from 25 on Wednesday", "Wednesday", true)]
    [InlineData("up from the 11 reported Tuesday morning", "Tuesday morning", true)]
    [InlineData("down from twelve yesterday", "yesterday", true)]
    [InlineData("rose to 27 on Wednesday", "Wednesday", false)]
    [InlineData("moved from Leeds on Wednesday", "Wednesday", false)]
    public void Reads_the_day_of_a_level_a_count_moved_from(string text, string day, bool expected)
    {
        var source = Source("a.txt", $"Cases have {text}, officials said.");

        Assert.Equal(expected, PriorLevelDay.Of(DateAt(source, day, CalendarDate.Day(2026, 5, 13))));
    }

    [Fact]
    public void Two_days_a_statement_was_made_still_conflict()
    {
        var sa = Source("a.txt", "Nine of those arrested have been charged with violent disorder, police said on Monday.");
        var sb = Source("b.txt", "Nine of those arrested have been charged with violent disorder, police told reporters on Tuesday.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Monday", CalendarDate.Day(2026, 11, 16), DayOfWeek.Monday, relative: true)]),
            (sb, [DateAt(sb, "Tuesday", CalendarDate.Day(2026, 11, 17), DayOfWeek.Tuesday, relative: true)]));

        Assert.Contains(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void A_start_told_in_other_words_is_one_happening()
    {
        var sa = Source("a.txt", "A wildfire that broke out on Monday near Calder has burned thousands of hectares.");
        var sb = Source("b.txt", "The Calder wildfire, which started on Sunday, has scorched thousands of hectares.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Monday", CalendarDate.Day(2025, 8, 11), DayOfWeek.Monday, relative: true)]),
            (sb, [DateAt(sb, "Sunday", CalendarDate.Day(2025, 8, 10), DayOfWeek.Sunday, relative: true)]));

        var finding = Assert.Single(new DateComparer().Compare(cluster));

        Assert.Equal(FindingKind.Conflict, finding.Kind);
    }

    [Fact]
    public void A_date_years_before_one_report_is_no_rival_for_a_recent_day_in_another()
    {
        // Alike sentences, two happenings: when the records began, and when this one was set.
        var sa = Source("a.txt", "A temperature of 44.1C was recorded at Kessel Field on Saturday, the highest since national records began, the weather office said.", new DateOnly(2026, 8, 10));
        var sb = Source("b.txt", "The temperature recorded at Kessel Field is the highest since national records began in 1881, the weather office said.", new DateOnly(2026, 8, 11));
        var cluster = Cluster(
            (sa, [DateAt(sa, "Saturday", CalendarDate.Day(2026, 8, 8), DayOfWeek.Saturday, relative: true)]),
            (sb, [DateAt(sb, "1881", CalendarDate.Year(1881))]));

        Assert.DoesNotContain(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void Two_distant_years_for_one_happening_still_conflict()
    {
        var sa = Source("a.txt", "The museum, which opened in 1881, drew record crowds this summer.", new DateOnly(2026, 8, 10));
        var sb = Source("b.txt", "The museum, which opened in 1888, drew record crowds this summer.", new DateOnly(2026, 8, 11));
        var cluster = Cluster(
            (sa, [DateAt(sa, "1881", CalendarDate.Year(1881))]),
            (sb, [DateAt(sb, "1888", CalendarDate.Year(1888))]));

        Assert.Contains(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void A_day_inside_a_stated_month_agrees()
    {
        var sa = Source("a.txt", "The council approved the budget on June 2 after a long debate.");
        var sb = Source("b.txt", "The council approved the budget in June after a long debate.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "June 2", CalendarDate.Day(2026, 6, 2))]),
            (sb, [DateAt(sb, "June", CalendarDate.Month(2026, 6))]));

        var finding = Assert.Single(new DateComparer().Compare(cluster));

        Assert.Equal(FindingKind.Agreement, finding.Kind);
    }

    [Fact]
    public void Dates_of_different_happenings_are_left_alone()
    {
        var sa = Source("a.txt", "The mayor resigned on Monday. The river crested on Sunday, flooding the lower town.");
        var sb = Source("b.txt", "The river crested on Sunday, flooding the lower town.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Monday", CalendarDate.Day(2026, 3, 9)), DateAt(sa, "Sunday", CalendarDate.Day(2026, 3, 8))]),
            (sb, [DateAt(sb, "Sunday", CalendarDate.Day(2026, 3, 8))]));

        var findings = new DateComparer().Compare(cluster).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(FindingKind.Agreement, finding.Kind);
        Assert.All(finding.Claims, c => Assert.Equal("Sunday", c.Text));
    }

    [Fact]
    public void A_weekday_that_disagrees_with_its_explicit_date_is_reported()
    {
        var sa = Source("a.txt", "Rain began on Friday (March 7) and did not stop.");
        var cluster = Cluster((sa, [DateAt(sa, "March 7", CalendarDate.Day(2026, 3, 7), DayOfWeek.Friday) with { WeekdayMismatch = true }]));

        var finding = Assert.Single(new DateComparer().Compare(cluster));

        Assert.Equal("weekday", finding.Type);
        Assert.Contains("Saturday", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Unresolved_dates_are_not_compared()
    {
        var sa = Source("a.txt", "The river crested on Sunday, flooding the lower town.");
        var sb = Source("b.txt", "The river crested on Saturday, flooding the lower town.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Sunday", null, DayOfWeek.Sunday, relative: true)]),
            (sb, [DateAt(sb, "Saturday", CalendarDate.Day(2026, 3, 7), DayOfWeek.Saturday, relative: true)]));

        Assert.Empty(new DateComparer().Compare(cluster));
    }

    [Fact]
    public void Of_two_dates_in_one_sentence_the_agreeing_one_is_aligned()
    {
        var sa = Source("a.txt", "The council met first on Sunday and again on Monday, when members voted to approve the fund.");
        var sb = Source("b.txt", "On Monday the council voted to approve the fund.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Sunday", CalendarDate.Day(2026, 3, 8)), DateAt(sa, "Monday", CalendarDate.Day(2026, 3, 9))]),
            (sb, [DateAt(sb, "Monday", CalendarDate.Day(2026, 3, 9))]));

        var findings = new DateComparer().Compare(cluster).ToList();

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Contains(findings, f => f.Kind == FindingKind.Agreement);
    }

    [Fact]
    public void A_sentence_that_gives_both_dates_excuses_the_disagreement()
    {
        var sa = Source("a.txt", "The council held a first emergency session on Sunday and a second on Monday.");
        var sb = Source("b.txt", "At its second emergency session, on Monday, the council rejected the plan.");
        var cluster = Cluster(
            (sa, [DateAt(sa, "Sunday", CalendarDate.Day(2026, 3, 8)), DateAt(sa, "Monday", CalendarDate.Day(2026, 3, 9))]),
            (sb, [DateAt(sb, "Monday", CalendarDate.Day(2026, 3, 9))]));

        Assert.DoesNotContain(new DateComparer().Compare(cluster), f => f.Kind == FindingKind.Conflict);
    }
}

using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Compare.Times;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Quantities;
using FactCheck.Core.Normalize.Times;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.TimesOfDay;

/// <summary>Times of day read by the real extractors from invented reports, then compared.</summary>
public sealed class TimeOfDayComparerTests
{
    private static readonly DateOnly Published = new(2026, 4, 12);

    private static (AnalyzedSource, Claim[]) Report(string id, string text)
    {
        var source = Source(id, text, Published);
        var dates = new DateExtractor().Extract(source, []).ToList();
        return (source, [.. dates, .. new TimeOfDayExtractor().Extract(source, dates)]);
    }

    // With the figures too, as in a run: a figure before a time ends the words that lead up to it.
    private static (AnalyzedSource, Claim[]) WithFigures(string id, string text)
    {
        var (source, claims) = Report(id, text);
        return (source, [.. new QuantityExtractor().Extract(source, claims), .. claims]);
    }

    private static List<Finding> Compare(params (AnalyzedSource, Claim[])[] reports) =>
        [.. new TimeOfDayComparer().Compare(Cluster(reports))];

    [Theory]
    [InlineData("Tolland won the final at the Halvergate Arena, pinning double 16 at 11.41pm to end the match as the fans rose.", false)]
    [InlineData("Tolland won the final at the Halvergate Arena, in a match that ended at 11.41pm as the fans rose.", false)]
    [InlineData("Tolland won the final at the Halvergate Arena, in a match that started at 9pm as the fans rose.", true)]
    public void A_start_and_an_end_are_two_moments(string textB, bool conflict)
    {
        var findings = Compare(
            Report("a.txt", "Tolland won the final at the Halvergate Arena, a match that started at 8pm and rarely let the fans sit down."),
            Report("b.txt", textB));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The northbound carriageway of the A40 reopened at about 6.30am today after the lorry was recovered.", false)] // the other half of the road
    [InlineData("The northbound carriageway reopened at 6.30am, but the southbound side stayed shut while the lorry was recovered.", false)] // named in its clause
    [InlineData("The northbound carriageway stayed shut, while the southbound carriageway of the A40 reopened at about 6.30am today.", true)]
    [InlineData("The southbound carriageway of the A40 reopened at about 6.30am today after the lorry was recovered.", true)] // the same half
    [InlineData("The carriageway of the A40 reopened at about 6.30am today after the lorry was recovered.", true)]
    public void Times_of_two_directions_of_travel_are_two_moments(string textB, bool conflict)
    {
        var findings = Compare(
            Report("a.txt", "The southbound carriageway of the A40 reopened at 4.30am today after the overturned lorry was recovered."),
            Report("b.txt", textB));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_race_that_was_off_at_a_time_started_then()
    {
        // Each report's only time: the chase's start, told once as "set off" and once in racing words.
        var findings = Compare(
            Report("a.txt", "The nine-runner field set off at 2.10pm in front of packed stands at Aldmoor."),
            Report("b.txt", "Nine runners went to post for the two-mile hurdle, which was off at 2.40pm before a crowd of about 9,000."));

        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(["a.txt", "b.txt"], conflict.SourceIds);
    }

    [Fact]
    public void Two_reports_only_starts_are_one_moment_on_little_shared_wording()
    {
        // Each report's only time, both told as a start: the handball final's throw-off.
        var findings = Compare(
            Report("a.txt", "The final threw off at 3pm, with both sides unchanged from their semi-finals."),
            Report("b.txt", "From the 4pm throw-off, Aldwick looked the sharper side and raced into an early lead."));

        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(["a.txt", "b.txt"], conflict.SourceIds);
    }

    [Theory]
    [InlineData("The team will parade the trophy through the town on Sunday, April 19, starting at the harbour at 2pm.", false)]
    [InlineData("The team will parade the trophy through the town on Sunday, April 19, starting at the harbour at 3pm.", true)]
    public void A_time_of_a_coming_day_is_set_against_a_time_told_without_one_only_when_they_meet(string textC, bool joins)
    {
        var findings = Compare(
            Report("a.txt", "The final threw off at 3pm, with both sides unchanged from their semi-finals."),
            Report("c.txt", textC));

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Equal(joins, findings.Any(f => f.Kind == FindingKind.Agreement));
    }

    [Theory]
    [InlineData("The final threw off at 3pm.", "3pm", "start")]
    [InlineData("The match started at 8pm in front of 3,000 fans.", "8pm", "start")]
    [InlineData("The final got under way at 20:00 GMT.", "20:00 GMT", "start")]
    [InlineData("He pinned double 16 at 11.41pm to end the match.", "11.41pm", "end")]
    [InlineData("The meeting, which began at 7pm, finished at 10pm.", "10pm", "end")]
    [InlineData("The match that started at 8pm ended at 11pm.", "11pm", null)] // both cues in reach: neither
    [InlineData("The roof gave way at 06:40.", "06:40", null)]
    public void A_time_is_read_as_a_start_or_an_end_from_the_words_beside_it(string text, string time, string? phase)
    {
        var (_, claims) = Report("a.txt", text);
        var claim = claims.OfType<TimeOfDayClaim>().Single(c => c.Text.Contains(time, StringComparison.Ordinal));

        Assert.Equal(phase, TimePhase.Of(claim));
    }

    [Fact]
    public void The_same_launch_an_hour_apart_conflicts()
    {
        var findings = Compare(
            Report("a.txt", "The Corvan rocket lifted off from the Tessel launch site at 6:14 a.m. and lost contact two minutes later."),
            Report("b.txt", "The Corvan rocket lifted off from the Tessel launch site at 7:14 a.m., the operator said."));

        var conflict = Assert.Single(findings);
        Assert.Equal(FindingKind.Conflict, conflict.Kind);
        Assert.Equal("time", conflict.Type);
        Assert.Equal(Severity.Medium, conflict.Severity);
        Assert.Contains("06:14", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("07:14", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("60 minutes apart", conflict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_times_given_for_the_same_named_day_are_one_happening_on_little_shared_wording()
    {
        // Only "panel" and the day are shared: the day named beside both times tips the balance.
        var findings = Compare(
            Report("a.txt", "The panel, part of the tunnel's suspended ceiling, came down at about 11:40pm on Friday, narrowly missing a delivery van. Engineers began checks at 6am on Saturday."),
            Report("b.txt", "It was 22:40 on Friday when the cladding came loose, and cameras captured the moment the panel struck the road. The northbound bore reopened at noon on Saturday."));

        var conflict = Assert.Single(findings, f => f.Kind == FindingKind.Conflict);
        Assert.Contains("22:40", conflict.Summary, StringComparison.Ordinal);
        Assert.Contains("23:40", conflict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_words_just_before_two_times_name_one_happening_though_the_sentences_differ()
    {
        var findings = Compare(
            Report("a.txt", "Harwell won the cup final on Saturday. The final kicked off at 8:45 p.m. under a light drizzle, and the visitors settled quickly into their passing game. "
                + "Harwell last won the cup in May 2019. The team will parade the trophy on Monday."),
            Report("b.txt", "Harwell beat Dunmore in the cup final on Saturday. The final kicked off at 7:45 p.m., and it took Harwell just over half an hour to score the opening goal. "
                + "Harwell last lifted the cup in May 2019. A parade is planned for Monday."));

        var conflict = Assert.Single(findings);
        Assert.Equal(FindingKind.Conflict, conflict.Kind);
        Assert.Contains("60 minutes apart", conflict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_report_s_only_time_is_the_story_s_main_one_on_less_shared_wording()
    {
        // Each report gives one time of day in all; the sentences share little more than "the race started".
        var findings = Compare(
            Report("a.txt", "The indoor meeting opened on Friday with the sprints. The race, the highlight of the evening programme, started shortly after 7:45 p.m. Two pacemakers led the opening laps. Ticket sales closed on Thursday."),
            Report("b.txt", "Organisers sold out the arena on Wednesday. The race started shortly before 9 p.m. Two pacemakers led for the first half. The meeting ends on Sunday."));

        var conflict = Assert.Single(findings);
        Assert.Equal(FindingKind.Conflict, conflict.Kind);
    }

    [Theory]
    [InlineData("5:40", true)]
    [InlineData("5:25", false)]
    [InlineData("5:40", true, "shortly after 4:40")] // written at 4:40, the start of the span it allows
    [InlineData("5:25", false, "shortly after 4:40")]
    public void The_same_odd_minute_past_another_hour_is_likely_one_time_with_its_hour_slipped(string other, bool conflict, string first = "at about 4:40")
    {
        // Little shared wording: "opened" against "gave way". The same minute past the hour (":40") tips the balance; a
        // time that shares no minute does not. (Each report gives a second time, so neither is its report's only one.)
        var findings = Compare(
            Report("a.txt", $"A burst main is the likely cause of a hole that opened {first} a.m. on Sunday on Tarrow Street, swallowing a van. Engineers were on site by noon."),
            Report("b.txt", $"The road gave way at about {other} a.m. on Sunday, according to the fire log, taking a parked van with it. Crews fenced it off at 7 a.m."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("10.41pm", "11.41pm", true)]
    [InlineData("10.40pm", "11.40pm", false)]
    [InlineData("10.41pm", "11.42pm", false)]
    public void A_minute_no_one_rounds_to_shared_past_another_hour_is_one_time(string timeA, string timeB, bool conflict)
    {
        // Hardly a word in common ("landed" against "pinned", "match-winning" against "to win"), each report with a
        // second time, the first in report b (so neither tested time is both reports' first). "41" is a minute reports do not round to, so two times on it are one reading with its hour
        // slipped; ":40" is shared by chance too often to tell as much on its own.
        var findings = Compare(
            Report("a.txt", $"The decisive double 16 landed at {timeA}, and Tolland fell to his knees. The doors had opened at 6pm."),
            Report("b.txt", $"Fans queued from 5pm. Tolland pinned it at {timeB} to win the title for Ashvale, cheered on by the crowd."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("8.52am", true)]
    [InlineData("9.52am", false)] // two hours apart: the odd minute alone is not enough
    [InlineData("8.53am", false)]
    public void An_odd_minute_an_hour_apart_is_one_time_with_its_hour_slipped(string other, bool conflict)
    {
        // Next to no shared wording ("landed on the main runway" against "touched down"); each report has a second time, the
        // first in report b, so the tested times are not both their reports' first.
        var findings = Compare(
            Report("a.txt", "Flight CV418, with 193 people on board, landed on the main runway at 7.52am, with six fire appliances waiting. A replacement flight left at 18:00."),
            Report("b.txt", $"Crews were on standby from 6am. The aircraft touched down at {other} and passengers left by the emergency slides."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("explosion", true)]
    [InlineData("evacuation", false)]
    public void Two_times_of_one_kind_of_happening_are_one_time_on_less_shared_wording(string happening, bool conflict)
    {
        // "Blast" and "explosion" name one kind of happening; the rest of the two sentences differs. Each report has a
        // second time, so neither is its only one, and report b's comes first, so they are not both their reports' first.
        var findings = Compare(
            Report("a.txt", "The blast at Marlow Court, on Kiln Lane, happened at 6:40 a.m. in a fourth-floor flat, fire officers said. The first crews arrived at 6:52 a.m."),
            Report("b.txt", $"Residents were woken at 5 a.m. The {happening} at Marlow Court, on Kiln Lane in the Eastgate district, happened at 7:25 a.m. on Sunday."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The explosion ripped through the three-storey building at 7.25am, as residents got ready for work, and brought down most of its back wall.", true)]
    [InlineData("Neighbours heard the three-storey building creak at 7.25am, as residents got ready for work, before the back wall came down.", false)] // no happening as subject
    public void Two_times_whose_sentences_open_with_one_happening_are_one_time(string other, bool conflict)
    {
        // Both sentences open with the happening as their subject; their other words differ, and each report gives other
        // times, so neither time is its report's only one.
        var findings = Compare(
            Report("a.txt", "The blast, at about 6.10am, brought down much of the back of Hillgate House, a three-storey block of 18 flats on Ryde Road, and blew out windows nearby. The first call reached the fire service at 6.12am. A woman was freed at around 8.30am."),
            Report("b.txt", $"{other} Gas was cut off by 9am."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Cargo Flight 22 landed at 10:15 a.m., escorted down the runway by fire trucks, airport officials said.", true)]
    [InlineData("Cargo Flight 22 was refuelled at 10:15 a.m., with fire trucks still on the runway, airport officials said.", false)]
    public void Two_times_told_of_one_verb_are_one_time_however_the_rest_of_their_sentences_differs(string other, bool conflict)
    {
        // The words right before each time name the happening; the rest of the sentences share little. Each report gives
        // another time, so neither is its only one.
        var findings = Compare(
            Report("a.txt", "Cargo Flight 22, a 30-year-old freighter flying from Dunmere to Port Casey, landed safely at 9:15 a.m., a spokesman said. The crew had declared an emergency at 8:34 a.m."),
            Report("b.txt", $"{other} The runway reopened at 1:30 p.m."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The alarm was raised at 10.40pm, when a passing motorist saw flames and dialled 999.", true)] // whoever was called
    [InlineData("The roof was repaired at 10.40pm, when a passing motorist saw flames and dialled 999.", false)]
    public void The_time_of_the_call_is_the_time_the_alarm_was_raised(string other, bool conflict)
    {
        var findings = Compare(
            Report("a.txt", "The fire and rescue service said it was called at 11.40pm. Crews left the site at 6am."),
            Report("b.txt", $"{other} The last engine left at 6am."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The building's intruder alarm was activated at 3.15am, according to police.", true)] // another verb of one group
    [InlineData("The building's intruder alarm was repaired at 3.15am, according to police.", false)]
    public void Times_told_of_synonymous_verbs_are_one_time(string other, bool conflict)
    {
        // Each report gives another time, so neither is its only one, and the sentences share little but the alarm.
        var findings = Compare(
            Report("a.txt", "Thieves smashed a rear window of the tiny museum, and the alarm was triggered at 2.15am. Officers arrived at 2.27am."),
            Report("b.txt", $"{other} The museum reopened at 10am."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("About 3,200 Rams fans made the trip to Harlow Park for the 5.30pm kick-off, and they sang throughout.", true)]
    [InlineData("About 3,200 Rams fans had made the trip to Harlow Park by 5.30pm, and they sang throughout.", false)]
    public void Two_starts_are_one_time_on_less_shared_wording(string other, bool conflict)
    {
        // "Kick-off was at 3pm" and "the 5.30pm kick-off" both tell when the match started; each report gives another time.
        var findings = Compare(
            Report("a.txt", "Kick-off was at 3pm at Harlow Park, and the Rams were ahead from the 11th minute. Tickets for the final go on sale at 9am."),
            Report("b.txt", $"{other} The team bus left at 8am."));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_report_s_second_time_gets_no_help_from_being_alone_in_the_other()
    {
        // The other report gives two times, so neither of its times is the story's only one.
        var findings = Compare(
            Report("a.txt", "The indoor meeting opened on Friday with the sprints. The race, the highlight of the evening programme, started shortly after 7:45 p.m. Two pacemakers led the opening laps. Ticket sales closed on Thursday."),
            Report("b.txt", "Organisers sold out the arena on Wednesday. The doors opened at 6 p.m. The race was under way shortly before 9 p.m. Two pacemakers led for the first half. The meeting ends on Sunday."));

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void One_shared_verb_before_two_times_is_not_one_happening()
    {
        // "hit at" before both: the main quake's time in one report, the strongest aftershock's in the other,
        // which gives the main quake's time as well.
        var findings = Compare(
            WithFigures("a.txt", "The quake hit at 04:12 local time at a depth of 10 km, according to the Tarsk institute."),
            WithFigures("b.txt", "The magnitude 6.1 quake struck at 4:12 a.m. at a depth of about 30 km, according to the Tarsk institute. "
                + "Dozens of aftershocks followed. The strongest, of magnitude 5.0, hit at 11:05 a.m., sending residents running into the streets."));

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void One_time_written_two_ways_agrees()
    {
        var findings = Compare(
            Report("a.txt", "The Corvan rocket lifted off from the Tessel launch site at 6:14 a.m. on Saturday."),
            Report("b.txt", "The Corvan rocket lifted off from the Tessel launch site at 06:14 local time on Saturday."));

        var agreement = Assert.Single(findings);
        Assert.Equal(FindingKind.Agreement, agreement.Kind);
    }

    [Fact]
    public void A_hedged_time_agrees_with_a_close_exact_one()
    {
        var findings = Compare(
            Report("a.txt", "The thieves left the Morrow gallery at about 3:40 a.m., police said."),
            Report("b.txt", "The thieves left the Morrow gallery at 3:52 a.m., police said."));

        Assert.Equal(FindingKind.Agreement, Assert.Single(findings).Kind);
    }

    [Theory]
    [InlineData("shortly after 5.40am", "around 6.40am", true)] // "around 6.40" is read to the few minutes
    [InlineData("shortly before 11.30pm", "about 10.30pm", true)]
    [InlineData("about 10pm", "10.20pm", false)] // "about 10pm" reaches further than "about 10.30pm"
    [InlineData("about 6.40am", "6.48am", false)]
    [InlineData("about 6.40am", "7.05am", true)]
    public void A_hedge_reaches_as_far_as_the_time_s_precision(string first, string second, bool conflict)
    {
        var findings = Compare(
            Report("a.txt", $"The lorry left the road on the Brenmoor bypass {first}, the ambulance service said."),
            Report("b.txt", $"The lorry left the road on the Brenmoor bypass {second}, the ambulance service said."));

        Assert.Equal(conflict, Assert.Single(findings).Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData("by 1.30am", "by 3.30am", FindingKind.Conflict)] // each report's bound is when it happened
    [InlineData("by 1.30am", "by 1.32am", FindingKind.Agreement)]
    [InlineData("after 1.30am", "after 3.30am", FindingKind.Conflict)]
    [InlineData("by 3.30am", "at 1.30am", FindingKind.Agreement)] // a bound and a time inside it still meet
    public void Two_bounds_on_one_side_are_compared_by_their_times(string first, string second, FindingKind expected)
    {
        var findings = Compare(
            Report("a.txt", $"The last homes on the Brenmoor estate had their power back {first} on Friday, the company said."),
            Report("b.txt", $"The company said the last homes on the Brenmoor estate had power back {second} on Friday."));

        Assert.Equal(expected, Assert.Single(findings).Kind);
    }

    [Fact]
    public void Each_report_s_only_time_is_one_happening_on_little_shared_wording()
    {
        // The one time each report gives, in sentences that share little more than the final: the story's main moment.
        var findings = Compare(
            Report("a.txt", "The final got under way at 2.30pm in calm conditions, with waves of about two metres, organisers said."),
            Report("b.txt", "In calm conditions Marsh beat the Australian Kai Lowe by 0.6 points in a final that paddled out at 3.30pm, riding a board built in his uncle's workshop."));

        Assert.Equal(FindingKind.Conflict, Assert.Single(findings).Kind);
    }

    [Fact]
    public void Shortly_before_two_does_not_meet_about_twenty_to_four()
    {
        var findings = Compare(
            Report("a.txt", "The thieves broke into the Morrow gallery shortly before 2 a.m., police said."),
            Report("b.txt", "The thieves broke into the Morrow gallery at about 3:40 a.m., police said."));

        Assert.Equal(FindingKind.Conflict, Assert.Single(findings).Kind);
    }

    [Fact]
    public void A_time_in_another_zone_is_not_compared_with_local_time()
    {
        var findings = Compare(
            Report("a.txt", "The quake struck the Halden valley at 4:17 a.m. on Saturday."),
            Report("b.txt", "The quake struck the Halden valley at 02:17 GMT on Saturday."));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("The quake struck the Halden valley at 5:17 a.m. Eastern time on Saturday.", FindingKind.Conflict)] // a region's zone, named for readers elsewhere
    [InlineData("The quake struck the Halden valley at 4:17 a.m. Eastern time on Saturday.", FindingKind.Agreement)]
    [InlineData("The quake struck the Halden valley at 5:17 a.m. Pacific time on Saturday.", FindingKind.Conflict)]
    [InlineData("The quake struck the Halden valley at 9:17 a.m. Eastern time on Saturday.", null)] // hours apart: the readers' own zone for a happening abroad
    public void A_time_in_a_region_s_named_zone_is_compared_with_a_time_told_in_none(string zoned, FindingKind? expected)
    {
        var findings = Compare(
            Report("a.txt", "The quake struck the Halden valley at 4:17 a.m. on Saturday."),
            Report("b.txt", zoned));

        if (expected is { } kind)
        {
            Assert.Equal(kind, Assert.Single(findings).Kind);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void A_time_without_am_or_pm_may_be_the_evening_one()
    {
        var findings = Compare(
            Report("a.txt", "The Harlen ferry sank at 7:42 p.m. near the Osk lighthouse."),
            Report("b.txt", "The Harlen ferry sank at 7:42 near the Osk lighthouse."));

        Assert.Equal(FindingKind.Agreement, Assert.Single(findings).Kind);
    }

    [Fact]
    public void Times_on_different_days_are_different_happenings()
    {
        var findings = Compare(
            Report("a.txt", "Divers searched the Harlen wreck at 9 a.m. on Saturday, the coastguard said."),
            Report("b.txt", "Divers searched the Harlen wreck at 11 a.m. on Friday, the coastguard said."));

        Assert.Empty(findings);
    }

    [Fact]
    public void Of_two_times_in_one_sentence_the_agreeing_one_is_aligned()
    {
        var findings = Compare(
            Report("a.txt", "The first blast at the Vell plant came at 7:42 a.m. and a second at 8:10 a.m., the fire service said."),
            Report("b.txt", "The blast at the Vell plant came at 8:10 a.m., the fire service said."));

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Fact]
    public void A_few_minutes_apart_is_a_low_conflict()
    {
        var findings = Compare(
            Report("a.txt", "The Tessel bridge gave way at 5:42 p.m. during the evening rush."),
            Report("b.txt", "The Tessel bridge gave way at 6:00 p.m. during the evening rush."));

        var conflict = Assert.Single(findings);
        Assert.Equal(FindingKind.Conflict, conflict.Kind);
        Assert.Equal(Severity.Low, conflict.Severity);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Each_reports_first_time_of_day_is_likely_its_storys_happening(bool firstInB)
    {
        // Each report gives two times; the stoppage's share little wording but a minute reporters round to.
        var stop = "The car jolted to a stop between floors 18 and 19 at 9:50 a.m., leaving eleven workers in the dark.";
        var freed = "Firefighters finally freed them at 11:05 a.m.";
        var findings = Compare(
            Report("a.txt", "The lift at Corvin House stopped between the 18th and 19th floors at 8:50 a.m., the fire service said. The last of the workers stepped out at 11:05 a.m."),
            Report("b.txt", firstInB ? $"{stop} {freed}" : $"{freed} {stop}"));

        Assert.Equal(firstInB, findings.Any(f => f.Kind == FindingKind.Conflict && f.Claims.Cast<TimeOfDayClaim>().Select(t => t.Low).Order().SequenceEqual([530, 590])));
    }
}

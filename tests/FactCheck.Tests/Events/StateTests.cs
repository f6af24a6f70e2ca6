using FactCheck.Core.Claims;
using FactCheck.Core.Compare;
using FactCheck.Core.Normalize;
using FactCheck.Core.Normalize.Events;
using FactCheck.Core.Pipeline;
using static FactCheck.Tests.Support.Fixtures;

namespace FactCheck.Tests.Events;

/// <summary>A thing's state, read from invented reports by the real extractors, then compared across reports.</summary>
public sealed class StateTests
{
    private static readonly DateOnly Friday = new(2026, 6, 12);

    private static Claim[] Extract(AnalyzedSource source)
    {
        var found = new List<Claim>();
        foreach (var extractor in FactCheckerFactory.RuleExtractors())
        {
            found.AddRange(extractor.Extract(source, found));
        }

        return [.. found];
    }

    private static List<EventClaim> States(string text, DateOnly? published = null) =>
        [.. Extract(Source("a.txt", text, published ?? Friday)).OfType<EventClaim>().Where(e => e.EventType == StateReader.Family)];

    [Theory]
    [InlineData("The Marrowfield line remained closed on Thursday, the operator said.", "line", "closed", "lasting", "2026-06-11")]
    [InlineData("Officials said the park stayed shut on Saturday while keepers checked every enclosure.", "park", "closed", "lasting", null)]
    [InlineData("Police reopened the harbour road at 6am after the debris was cleared.", "road", "open", "change", null)]
    [InlineData("The caretaker, who was hurt when the roof fell, remains in hospital.", "caretaker", "in-hospital", "lasting", null)]
    [InlineData("The footbridge has not reopened, the council said.", "footbridge", "closed", "lasting", null)]
    [InlineData("As of Tuesday night, the booking system remained offline.", "system", "offline", "lasting", "2026-06-09")]
    [InlineData("Hail flattened the wheat, and the B4120 remained closed this morning.", "b4120", "closed", "lasting", null)]
    [InlineData("The injured driver was discharged from Kelbridge General on Monday.", "driver", "discharged", "change", "2026-06-08")]
    [InlineData("The caretaker, 58, remains in Kelderby General Hospital, where his condition is stable.", "caretaker", "in-hospital", "lasting", null)]
    [InlineData("The northbound bore reopened to traffic at 6am today.", "bore", "open", "change", null)]
    [InlineData("Talia Renshaw was fourth, and 16-year-old Kiri Abbot claimed bronze in 1:58.03.", "abbot", "placed", "final", null)]
    [InlineData("Organisers cancelled this evening's mass ascent following the accident.", "ascent", "cancelled", "final", null)]
    [InlineData("Tomas Ferreira crossed the line first but was disqualified for pushing.", "ferreira", "unplaced", "final", null)]
    [InlineData("The aviary has been closed to visitors since Monday and will stay shut until at least August.", "aviary", "closed", "lasting", null)] // held on the report's day
    [InlineData("A cyclist hurt in the crash remained at Ostervale General Hospital on Thursday night.", "cyclist", "in-hospital", "lasting", "2026-06-11")]
    [InlineData("The midwife-led birth centre will stay open for women with low-risk pregnancies.", "centre", "open", "planned", null)]
    [InlineData("The hospital's birth centre will also close, the trust said.", "centre", "closed", "planned", null)]
    [InlineData("Tenterfield, who had been tipped for a medal, finished fourth behind Oxley City.", "tenterfield", "unplaced", "final", null)]
    [InlineData("Mayor Olenski conceded on Friday evening in a brief statement.", "olenski", "conceded", "final", "2026-06-12")]
    [InlineData("Mayor Olenski has refused to concede.", "olenski", "not-conceded", "final", null)]
    [InlineData("The 29-year-old was released on Friday without charge while inquiries continue.", "29-year-old", "released-uncharged", "final", "2026-06-12")]
    [InlineData("The 29-year-old, from Harwell Green, was charged on Friday with conspiracy.", "29-year-old", "charged", "final", "2026-06-12")]
    [InlineData("The 41-year-old, a lorry driver from Calderwick, has been charged with importing drugs.", "driver", "charged", "final", null)]
    [InlineData("The food bank's Eastfield site reopened on Monday after a recruitment drive.", "site", "open", "change", "2026-06-08")] // past a possessive group
    [InlineData("The Eastfield distribution point, at St Aidan's church hall, remains closed for want of volunteers.", "point", "closed", "lasting", null)] // an aside's possessive is no subject
    public void A_state_is_read_with_its_thing_and_its_day(string text, string thing, string state, string how, string? day)
    {
        var claim = Assert.Single(States(text));


        Assert.Equal(thing, claim.Participants[0]);
        Assert.Equal(state, claim.Outcomes[0].Kind);
        Assert.Equal(how, claim.Outcomes[0].Class);
        if (day is not null)
        {
            Assert.Equal(day, claim.Date?.ToIso());
        }
    }

    [Theory]
    [InlineData("The hotel has cancelled two functions planned for this weekend.")] // the functions' days
    [InlineData("The 41-year-old has been charged and will appear before magistrates on Monday.")] // the court's day
    public void A_day_after_the_report_is_no_day_of_a_state_it_says_has_come_about(string text)
    {
        var claim = Assert.Single(States(text));

        Assert.Null(claim.Date);
    }

    [Theory]
    [InlineData("The caretaker, 58, remains in Kelderby General Hospital, where his condition is stable.", "remains in Kelderby General Hospital")]
    [InlineData("Norvane fire: driver still in hospital as investigators move in", "still in hospital")]
    [InlineData("The footbridge has not reopened, the council said.", "not reopened")]
    public void A_state_claim_holds_its_words_as_written(string text, string words) => Assert.Equal(words, Assert.Single(States(text)).Text);

    [Theory]
    [InlineData("The road will remain closed until Friday.")] // still to come
    [InlineData("The road is expected to be reopened on Monday.")]
    [InlineData("It reopened on Monday after repairs.")] // no thing named
    [InlineData("The council said the bridge could be reopened within weeks.")]
    [InlineData("Of the 23 injured, the driver remained in serious condition, Ostervale General Hospital said.")] // "in … hospital" across a comma
    [InlineData("Roughly one in five shops had not reopened by Tuesday afternoon.")] // a share, no thing
    [InlineData("Three remained in hospital overnight as a precaution.")]
    [InlineData("The footbridge remained closed until Wednesday, when engineers passed it safe.")] // told after it: which days it held is not said
    public void A_state_to_come_or_of_no_named_thing_is_none(string text) => Assert.Empty(States(text));

    private static List<Finding> Compare((string Text, DateOnly Published) a, (string Text, DateOnly Published) b)
    {
        var first = Source("a.txt", a.Text, a.Published);
        var second = Source("b.txt", b.Text, b.Published);
        return [.. new Core.Compare.Events.StateComparer().Compare(Cluster((first, Extract(first)), (second, Extract(second))))];
    }

    private static readonly DateOnly Tuesday = new(2026, 6, 9);
    private static readonly DateOnly Wednesday = new(2026, 6, 10);
    private static readonly DateOnly Thursday = new(2026, 6, 11);

    [Theory]
    [InlineData("The Eastfield distribution point, at St Aidan's church hall, remains closed for want of volunteers.", true)] // one place by its name
    [InlineData("The Northgate distribution point remains closed for want of volunteers.", false)] // another place
    [InlineData("Eastfield station remains closed for want of staff.", false)] // a thing of the same name
    public void Two_sites_that_share_a_name_are_one_place(string other, bool conflict)
    {
        var findings = Compare(("The food bank's Eastfield site, which shut in March, reopened on Tuesday after a recruitment drive.", Wednesday), (other, Thursday));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_reopening_and_the_thing_still_closed_a_day_later_conflict()
    {
        var findings = Compare(
            ("The Marrowfield line reopened to freight traffic this morning after engineers worked through the night.", Wednesday),
            ("The Marrowfield line remained closed on Thursday, and the operator said it did not expect trains before Monday.", Thursday));

        var conflict = Assert.Single(findings);
        Assert.Equal(FindingKind.Conflict, conflict.Kind);
        Assert.Equal("outcome", conflict.Type);
        Assert.Contains("line", conflict.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The birth centre on the same site will also close, the trust said.", true)]
    [InlineData("The birth centre on the same site remained open on Thursday.", false)] // open now, to close as planned
    [InlineData("The maternity unit on the same site will close, the trust said.", false)] // another thing
    public void A_plan_is_at_odds_only_with_the_opposite_plan(string other, bool conflict)
    {
        var findings = Compare(("The birth centre on the same site will stay open for low-risk births, the trust confirmed.", Wednesday), (other, Thursday));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("Mayor Olenski has refused to concede.", true)]
    [InlineData("The goalkeeper conceded twice in the second half.", false)]
    public void A_concession_and_a_refusal_to_concede_conflict(string other, bool conflict)
    {
        var findings = Compare(("Mayor Olenski conceded on Friday evening in a brief statement.", Friday.AddDays(1)), (other, Friday.AddDays(1)));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("A 34-year-old man from Lowmoor was arrested on Friday afternoon. He was charged with burglary on Friday evening.", "man")]
    [InlineData("A woman was detained at the scene. Officers said on Friday that she had been released without charge.", "woman")]
    [InlineData("Police arrested two men on Friday. He was charged with burglary on Friday evening.", null)] // the sentence before opens with no one person
    public void A_he_or_she_opening_a_state_is_the_person_the_sentence_before_opens_with(string text, string? thing)
    {
        var states = States(text);

        Assert.Equal(thing, states.SingleOrDefault()?.Participants[0]);
    }

    [Fact]
    public void A_person_charged_in_one_report_and_released_in_another_conflict_though_each_says_he()
    {
        var findings = Compare(
            ("A 34-year-old man from Lowmoor was arrested on Friday afternoon. He was charged with burglary on Friday evening.", Friday.AddDays(1)),
            ("A 34-year-old man was arrested this afternoon. Police confirmed this evening that he had been released without charge.", Friday));

        Assert.Contains(findings, f => f.Kind == FindingKind.Conflict);
    }

    [Theory]
    [InlineData("The 29-year-old, from Harwell Green, was charged on Friday with conspiracy to import drugs.", true)]
    [InlineData("The 41-year-old, from Harwell Green, was charged on Friday with conspiracy to import drugs.", false)] // another man
    public void One_person_charged_and_released_without_charge_conflict(string other, bool conflict)
    {
        var findings = Compare(("The 29-year-old was released on Friday without charge while inquiries continue.", Friday.AddDays(1)), (other, Friday.AddDays(1)));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("A man has been charged after a gang stole watches from a shop in Tarnley on Thursday.", null)] // the theft's day
    [InlineData("A man was charged on Thursday after a raid on a shop in Tarnley.", "2026-06-11")]
    public void A_day_in_a_clause_of_its_own_is_not_the_state_s(string text, string? day)
    {
        var claim = Assert.Single(States(text));

        Assert.Equal(day, claim.Date?.ToIso());
    }

    [Fact]
    public void Closed_before_it_reopened_is_no_conflict()
    {
        var findings = Compare(
            ("The Marrowfield line reopened to freight traffic this morning.", Wednesday),
            ("The Marrowfield line remained closed on Tuesday as engineers worked on the track.", Tuesday));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("The aviary has been closed to visitors since Monday and will stay shut until at least August.", true)] // closed on its report's day
    [InlineData("The aviary was closed to visitors on Monday.", false)] // a closing before the reopening
    public void A_state_held_since_a_day_is_held_on_its_reports_day(string other, bool conflict)
    {
        var findings = Compare(("The aviary reopened to visitors on Tuesday morning.", Wednesday), (other, Thursday));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Theory]
    [InlineData("The park remained open on Saturday, a spokesman said.", true)]
    [InlineData("The park remained open on Sunday, a spokesman said.", false)] // another day
    [InlineData("The aviary remained open on Saturday, a spokesman said.", false)] // another thing
    public void Two_states_held_conflict_only_for_one_thing_on_one_day(string other, bool conflict)
    {
        var findings = Compare(("The park stayed shut on Saturday while keepers checked every enclosure.", Friday.AddDays(2)), (other, Friday.AddDays(2)));

        Assert.Equal(conflict, findings.Any(f => f.Kind == FindingKind.Conflict));
    }

    [Fact]
    public void A_reopening_in_an_earlier_month_is_of_another_time()
    {
        var findings = Compare(
            ("The Marrowfield line reopened in February 2024 after a smaller slip had closed it for 11 days.", Wednesday),
            ("The Marrowfield line remained closed on Thursday, the operator said.", Thursday));

        Assert.Empty(findings);
    }
}

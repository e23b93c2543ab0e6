using BotHost.Core.Faq;

namespace BotHost.Tests.Faq;

public sealed class FaqContentAuditTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void An_entry_reviewed_more_than_StaleAfterDays_ago_is_reported_with_its_age()
    {
        var entries = new[]
        {
            Entry("old", reviewed: new DateOnly(2026, 5, 1)),
            Entry("on-the-day", reviewed: Today.AddDays(-180)),
            Entry("recent", reviewed: new DateOnly(2026, 11, 23)),
        };

        var warning = Assert.Single(FaqContentAudit.Stale(entries, Today, staleAfterDays: 180));

        Assert.Equal("old.md", warning.File);
        Assert.Equal("reviewed 2026-05-01 is 215 days ago (Faq:StaleAfterDays is 180); check the law is still right, then update reviewed", warning.Reason);
    }

    [Fact]
    public void Zero_StaleAfterDays_turns_the_age_warning_off_but_a_future_date_is_still_reported()
    {
        var entries = new[] { Entry("old", reviewed: new DateOnly(2020, 1, 1)), Entry("typo", reviewed: new DateOnly(2062, 12, 2)) };

        var warning = Assert.Single(FaqContentAudit.Stale(entries, Today, staleAfterDays: 0));

        Assert.Equal("typo.md", warning.File);
        Assert.Contains("in the future", warning.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Some facts.\n\nType **rep** to talk to a rep.")]
    [InlineData("Some facts.\n\nType **report** to tell us in confidence.")]
    [InlineData("Some facts.\r\n\r\nStuck? Type **REP**.")]
    public void An_answer_whose_last_paragraph_offers_rep_or_report_passes(string body)
    {
        Assert.Empty(FaqContentAudit.MissingWayToRep([Entry("ok", body: body)]));
    }

    [Theory]
    [InlineData("Some facts. Ask me how to make a data complaint.")]
    [InlineData("Type **rep** early.\n\nThen some facts, and nothing after them.")]
    [InlineData("A rep can help with this.")]
    [InlineData("Type **join** to see the join link.")]
    public void An_answer_that_does_not_end_with_a_way_to_a_rep_is_a_problem(string body)
    {
        var problem = Assert.Single(FaqContentAudit.MissingWayToRep([Entry("no-route", body: body)]));

        Assert.Equal("no-route.md", problem.File);
        Assert.StartsWith("the answer doesn't end with a way to a rep", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_about_contacting_reps_reporting_or_this_bot_need_no_rep_line()
    {
        var entries = new[]
        {
            Entry("contact-rep", body: "A rep is a trained worker."),
            Entry("report-issue", body: "You can tell us in confidence."),
            Entry("bot-privacy", body: "What I keep.", tags: ["privacy", "this bot"]),
        };

        Assert.Empty(FaqContentAudit.MissingWayToRep(entries));
    }

    [Fact]
    public void Every_real_entry_ends_with_a_way_to_a_rep()
    {
        var content = FaqLoader.Load(FaqFiles.RealFolder, FaqFiles.Sources);

        Assert.Empty(content.Errors);
        Assert.Empty(FaqContentAudit.MissingWayToRep(content.Entries).Select(e => e.ToString()));
    }

    private static FaqEntry Entry(string id, DateOnly? reviewed = null, string body = "Facts.\n\nType **rep**.", string[]? tags = null) => new()
    {
        Id = id,
        Title = "A title",
        Questions = ["one", "two", "three", "four"],
        Tags = tags ?? ["tag"],
        Jurisdiction = "GB",
        Sources = ["https://www.gov.uk"],
        Reviewed = reviewed ?? Today,
        Body = body,
        File = id + ".md",
    };
}

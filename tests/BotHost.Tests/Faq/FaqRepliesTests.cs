using BotHost.Core.Faq;

namespace BotHost.Tests.Faq;

public sealed class FaqRepliesTests
{
    [Fact]
    public void An_answer_ends_with_its_sources_the_month_it_was_checked_and_the_disclaimer()
    {
        var text = FaqReplies.Answer(Entry(new DateOnly(2026, 11, 23))).Text;

        Assert.EndsWith(
            "\n\nSources: [gov.uk](https://www.gov.uk/flexible-working)\nChecked: November 2026\nGeneral information, not legal advice.",
            text,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2027, 3, 1, "Checked: March 2027")]
    [InlineData(2026, 12, 31, "Checked: December 2026")]
    public void The_checked_line_names_the_month_and_year_of_reviewed(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, FaqReplies.Checked(new DateOnly(year, month, day)));
    }

    private static FaqEntry Entry(DateOnly reviewed) => new()
    {
        Id = "flexible-working",
        Title = "Asking to work flexibly",
        Questions = ["one", "two", "three", "four"],
        Tags = ["flexible working"],
        Jurisdiction = "GB",
        Sources = ["https://www.gov.uk/flexible-working"],
        Reviewed = reviewed,
        Body = "You can ask from day one. Type **rep** for help.",
    };
}

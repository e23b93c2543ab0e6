using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.Numbers;

namespace BotHost.Tests.Core.Recognizers;

public sealed class NumberRecognizerTests
{
    // Expected Max of -1 means no upper bound.
    [Theory]
    [InlineData("just me", "just me", 1, 1, false)]
    [InlineData("only me", "only me", 1, 1, false)]
    [InlineData("Me.", "Me", 1, 1, false)]
    [InlineData("myself", "myself", 1, 1, false)]
    [InlineData("about twenty", "about twenty", 20, 20, true)]
    [InlineData("around 20", "around 20", 20, 20, true)]
    [InlineData("~20", "~20", 20, 20, true)]
    [InlineData("approx. 40", "approx. 40", 40, 40, true)]
    [InlineData("20ish", "20ish", 20, 20, true)]
    [InlineData("twenty-odd", "twenty-odd", 20, 20, true)]
    [InlineData("30 or so", "30 or so", 30, 30, true)]
    [InlineData("a dozen", "a dozen", 12, 12, false)]
    [InlineData("about a dozen", "about a dozen", 12, 12, true)]
    [InlineData("half a dozen", "half a dozen", 6, 6, false)]
    [InlineData("a couple", "a couple", 2, 2, true)]
    [InlineData("a few", "a few", 3, 5, true)]
    [InlineData("a handful", "a handful", 3, 6, true)]
    [InlineData("several", "several", 3, 8, true)]
    [InlineData("50+", "50+", 50, -1, false)]
    [InlineData("50 +", "50 +", 50, -1, false)]
    [InlineData("over 50", "over 50", 50, -1, false)]
    [InlineData("more than fifty", "more than fifty", 50, -1, false)]
    [InlineData("100 or more", "100 or more", 100, -1, false)]
    [InlineData("dozens", "dozens", 24, -1, true)]
    [InlineData("hundreds", "hundreds", 200, -1, true)]
    [InlineData("loads", "loads", 2, -1, true)]
    [InlineData("less than 10", "less than 10", 0, 9, false)]
    [InlineData("fewer than ten", "fewer than ten", 0, 9, false)]
    [InlineData("under 5", "under 5", 0, 4, false)]
    [InlineData("up to 10", "up to 10", 0, 10, false)]
    [InlineData("the two of us", "the two of us", 2, 2, false)]
    [InlineData("20-30", "20-30", 20, 30, false)]
    [InlineData("20 – 30", "20 – 30", 20, 30, false)]
    [InlineData("20 to 30", "20 to 30", 20, 30, false)]
    [InlineData("between 20 and 30", "between 20 and 30", 20, 30, false)]
    [InlineData("between twenty and thirty people", "between twenty and thirty", 20, 30, false)]
    [InlineData("two or three", "two or three", 2, 3, true)]
    [InlineData("about 20-30", "about 20-30", 20, 30, true)]
    [InlineData("50", "50", 50, 50, false)]
    [InlineData("1,200", "1,200", 1200, 1200, false)]
    [InlineData("2.5", "2.5", 2.5, 2.5, false)]
    [InlineData("twenty-five", "twenty-five", 25, 25, false)]
    [InlineData("two hundred and fifty", "two hundred and fifty", 250, 250, false)]
    [InlineData("a hundred", "a hundred", 100, 100, false)]
    [InlineData("one thousand two hundred", "one thousand two hundred", 1200, 1200, false)]
    [InlineData("fifteen hundred", "fifteen hundred", 1500, 1500, false)]
    [InlineData("three thousand and six", "three thousand and six", 3006, 3006, false)]
    [InlineData("both of us", "both of us", 2, 2, false)]
    [InlineData("me and two others", "me and two others", 3, 3, false)]
    [InlineData("me and a colleague", "me and a colleague", 2, 2, false)]
    [InlineData("no one", "no one", 0, 0, false)]
    [InlineData("Nobody else", "Nobody", 0, 0, false)]
    [InlineData("about 40 of us on the night shift", "about 40", 40, 40, true)]
    public void Reads_numbers_and_counts(string input, string text, double min, double max, bool approximate)
    {
        var found = Assert.Single(NumberRecognizer.Recognize(input));

        var expectedMax = max < 0 ? (decimal?)null : (decimal)max;
        Assert.Equal((text, (decimal)min, expectedMax, approximate), (found.Text, found.Resolution.Min, found.Resolution.Max, found.Resolution.IsApproximate));
        Assert.Equal(input.IndexOf(text, StringComparison.Ordinal), found.Start);
        Assert.Equal(found.Resolution.Min == found.Resolution.Max ? TypeNames.Number : TypeNames.NumberRange, found.TypeName);
    }

    [Theory]
    [InlineData("the whole team")]
    [InlineData("Everyone")]
    [InlineData("everybody on my floor")]
    [InlineData("all of us")]
    [InlineData("the entire department")]
    [InlineData("whole office")]
    [InlineData("all the staff")]
    public void The_whole_team_is_a_group_of_unknown_size(string input)
    {
        var found = Assert.Single(NumberRecognizer.Recognize(input));

        Assert.Equal(TypeNames.NumberRange, found.TypeName);
        Assert.Equal(new NumberResolution(2, null) { IsApproximate = true, IsEveryone = true }, found.Resolution);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not sure")]
    [InlineData("someone in HR")]
    [InlineData("ref K7P2-Q9")]
    [InlineData("at 10:30")]
    [InlineData("on 12/03")]
    [InlineData("£30,000")]
    [InlineData("the 12th")]
    [InlineData("many")]
    public void Text_without_a_count_is_no_number(string input) =>
        Assert.Empty(NumberRecognizer.Recognize(input));

    [Fact]
    public void Finds_each_number_in_order()
    {
        var found = NumberRecognizer.Recognize("3 on Monday, about 20 since, maybe 50+ by now");

        Assert.Equal(["3", "about 20", "maybe 50+"], found.Select(f => f.Text));
        Assert.Equal([3m, 20m, 50m], found.Select(f => f.Resolution.Min));
    }
}

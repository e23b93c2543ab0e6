using BotHost.Core.Faq;

namespace BotHost.Tests.Faq;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Typos = new(new Dictionary<string, int>
    {
        ["monitoring"] = 5, ["access"] = 3, ["grievance"] = 2, ["membership"] = 2, ["rest"] = 4, ["redundancy"] = 3,
    });

    [Theory]
    [InlineData("monitering", "monitoring")]
    [InlineData("acess", "access")]
    [InlineData("grievence", "grievance")]
    [InlineData("mebership", "membership")]
    [InlineData("redundnacy", "redundancy")]
    public void A_misspelt_word_is_corrected_to_the_content_word(string typed, string expected)
    {
        Assert.Equal(expected, Typos.Correct(typed));
    }

    [Theory]
    [InlineData("rest")]
    [InlineData("mon")]
    public void Known_and_short_words_are_left_alone(string typed)
    {
        Assert.Null(Typos.Correct(typed));
    }

    [Fact]
    public void Two_edits_are_allowed_only_from_eight_letters()
    {
        Assert.Null(Typos.Correct("acxxss"));
        Assert.Equal("monitoring", Typos.Correct("monitorign"));
        Assert.Equal("monitoring", Typos.Correct("monittorin"));
    }

    [Theory]
    [InlineData("how do i reset my vpn", "rest")]
    [InlineData("what time is it in new york", "work")]
    [InlineData("is at will employment legal in texas", "texts")]
    [InlineData("can john from the office sit in on my hearing", "join")]
    public void Real_words_and_names_are_not_corrected_into_content_words(string question, string notThis)
    {
        var content = FaqLoader.Load(FaqFiles.RealFolder, FaqFiles.Sources);
        using var retriever = new FaqRetriever(content, new BotHost.Storage.Faq.Fts5FaqIndexFactory(), FaqRetrievalSettings.Default);

        var analysis = retriever.Search(question).Analysis;

        Assert.DoesNotContain(notThis, analysis.Terms);
        Assert.Empty(analysis.Corrections);
    }
}

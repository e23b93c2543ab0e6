using BotHost.Core.Faq;

namespace BotHost.Tests.Faq;

public sealed class SynonymMapTests
{
    private static readonly SynonymMap Map = SynonymFile.Parse("""
        groups:
          - [wfh, work from home, working from home, remote working]
          - [sar, dsar, subject access request]
          - [join, sign up, become a member]
        """).Map!;

    [Theory]
    [InlineData("can i wfh on fridays")]
    [InlineData("Can I work from home on Fridays?")]
    [InlineData("is remote working a right")]
    public void Every_phrase_of_a_group_gives_the_same_concept(string question)
    {
        Assert.Equal(["synwfh"], Map.Concepts(FaqText.Tokens(question)));
    }

    [Fact]
    public void A_phrase_must_appear_whole()
    {
        Assert.Empty(Map.Concepts(FaqText.Tokens("I work at home, from time to time")));
    }

    [Fact]
    public void A_pronoun_may_sit_inside_a_phrase()
    {
        Assert.Equal(["synjoin"], Map.Concepts(FaqText.Tokens("sign me up")));
    }

    [Fact]
    public void An_abbreviation_finds_an_entry_that_only_spells_it_out()
    {
        var content = new FaqContent([Entry("sar", "Getting a copy of your data", "Make a subject access request to HR."), Entry("other", "Rest breaks", "You get 20 minutes.")], Map, []);
        using var retriever = new FaqRetriever(content, new BotHost.Storage.Faq.Fts5FaqIndexFactory(), FaqRetrievalSettings.Default);

        var result = retriever.Search("dsar deadline?");

        Assert.Equal("sar", result.Best?.Entry.Id);
    }

    private static FaqEntry Entry(string id, string title, string body) => new()
    {
        Id = id,
        Title = title,
        Questions = ["one", "two", "three", "four"],
        Tags = ["tag"],
        Jurisdiction = "UK",
        Sources = ["https://www.gov.uk"],
        Reviewed = new DateOnly(2026, 11, 23),
        Body = body,
    };
}

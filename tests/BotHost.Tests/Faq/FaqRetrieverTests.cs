using BotHost.Core.Faq;
using BotHost.Storage.Faq;

namespace BotHost.Tests.Faq;

// The retriever over the real content, on a few questions that show each technique at work.
public sealed class FaqRetrieverTests : IDisposable
{
    private readonly FaqLibrary library = FaqFiles.Library(FaqFiles.RealFolder);

    [Theory]
    [InlineData("can my boss read my slack dms", "employer-reads-messages")]
    [InlineData("is a keylogger on my laptop legal", "bossware")]
    [InlineData("can they force me back to the office", "remote-working")]
    [InlineData("how long does hr have to answer my dsar", "subject-access-request")]
    [InlineData("do i have to sign the 48 hour opt out", "working-hours")]
    public void Plain_questions_are_answered_with_confidence(string question, string id)
    {
        var result = library.Search(question);

        Assert.Equal(id, result.Best?.Entry.Id);
        Assert.True(library.IsConfident(result), $"confidence {result.Confidence:0.00}");
    }

    [Theory]
    [InlineData("can i wfh", "remote-working")]
    [InlineData("rto mandate", "remote-working")]
    [InlineData("whats bossware", "bossware")]
    public void Abbreviations_find_their_entry(string question, string id)
    {
        Assert.Equal(id, library.Search(question).Best?.Entry.Id);
    }

    [Theory]
    [InlineData("how to raise a grievence", "grievance")]
    [InlineData("is workplace monitering legal", "workplace-monitoring")]
    public void Typos_are_tolerated(string question, string id)
    {
        var result = library.Search(question);

        Assert.Equal(id, result.Best?.Entry.Id);
        Assert.NotEmpty(result.Analysis.Corrections);
    }

    [Theory]
    [InlineData("what's the capital of australia")]
    [InlineData("how do i make a carbonara")]
    [InlineData("my laptop wont connect to the wifi")]
    [InlineData("thanks")]
    public void Off_topic_questions_are_not_answered_with_confidence(string question)
    {
        Assert.False(library.IsConfident(library.Search(question)));
    }

    [Fact]
    public void The_index_quotes_terms_so_operators_are_words()
    {
        Assert.Equal("\"near\" OR \"not\"", Fts5FaqIndex.Query(["near", "not"]));
    }

    public void Dispose() => library.Dispose();
}

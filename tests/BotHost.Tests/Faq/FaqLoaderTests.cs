using BotHost.Core.Faq;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Faq;

public sealed class FaqLoaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_valid_entry_is_loaded_with_every_field()
    {
        FaqFiles.Write(folder.Path, "flexible-working.md", FaqFiles.Entry("flexible-working"));

        var content = FaqLoader.Load(folder.Path, FaqFiles.Sources);

        Assert.Empty(content.Errors);
        var entry = Assert.Single(content.Entries);
        Assert.Equal("flexible-working", entry.Id);
        Assert.Equal(4, entry.Questions.Count);
        Assert.Equal(["flexible working", "hours"], entry.Tags);
        Assert.Equal(new DateOnly(2026, 11, 23), entry.Reviewed);
        Assert.Equal("You can ask to change your hours from your first day. Type **rep** for help.", entry.Body);
    }

    [Fact]
    public void A_missing_field_is_reported_with_the_file_name()
    {
        FaqFiles.Write(folder.Path, "no-title.md", FaqFiles.Entry("no-title").Replace("title: Flexible working\n", "", StringComparison.Ordinal));

        var error = Assert.Single(FaqLoader.Load(folder.Path, FaqFiles.Sources).Errors);

        Assert.Equal("no-title.md", error.File);
        Assert.Contains("missing field: title", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_yaml_is_reported_with_its_line()
    {
        FaqFiles.Write(folder.Path, "broken.md", "---\nid: broken\ntitle: [unclosed\n---\nBody.\n");

        var error = Assert.Single(FaqLoader.Load(folder.Path, FaqFiles.Sources).Errors);

        Assert.Equal("broken.md", error.File);
        Assert.Contains("not valid YAML (line", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_outside_the_allowed_sites_is_rejected()
    {
        FaqFiles.Write(folder.Path, "blog.md", FaqFiles.Entry("blog", source: "https://example.com/my-blog"));

        var error = Assert.Single(FaqLoader.Load(folder.Path, FaqFiles.Sources).Errors);

        Assert.Contains("\"https://example.com/my-blog\" is not on an allowed site", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.legislation.gov.uk/ukpga/1996/18")]
    [InlineData("https://ico.org.uk/for-the-public/")]
    [InlineData("https://www.acas.org.uk/grievance")]
    [InlineData("https://www.tuc.org.uk/research")]
    [InlineData("https://prospect.org.uk/news")]
    public void Official_and_union_sources_are_accepted(string url)
    {
        Assert.Null(FaqFiles.Sources.Check(url));
    }

    [Fact]
    public void A_plain_http_source_is_rejected()
    {
        Assert.Contains("https://", FaqFiles.Sources.Check("http://www.gov.uk/flexible-working"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_four_questions_are_rejected()
    {
        FaqFiles.Write(folder.Path, "short.md", FaqFiles.Entry("short", questions: "  - one\n  - two\n  - three"));

        var error = Assert.Single(FaqLoader.Load(folder.Path, FaqFiles.Sources).Errors);

        Assert.Contains("questions has 3; write at least 4", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_reported_on_the_second_file()
    {
        FaqFiles.Write(folder.Path, "a.md", FaqFiles.Entry("same-id"));
        FaqFiles.Write(folder.Path, "b.md", FaqFiles.Entry("same-id"));

        var content = FaqLoader.Load(folder.Path, FaqFiles.Sources);

        Assert.Single(content.Entries);
        var error = Assert.Single(content.Errors);
        Assert.Equal("b.md", error.File);
        Assert.Contains("duplicate id \"same-id\" (also in a.md)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_broken_file_does_not_stop_the_others()
    {
        FaqFiles.Write(folder.Path, "a.md", FaqFiles.Entry("a"));
        FaqFiles.Write(folder.Path, "b.md", "no front matter at all");
        FaqFiles.Write(folder.Path, "c.md", FaqFiles.Entry("c"));

        var content = FaqLoader.Load(folder.Path, FaqFiles.Sources);

        Assert.Equal(["a", "c"], content.Entries.Select(e => e.Id));
        Assert.Equal("b.md", Assert.Single(content.Errors).File);
    }

    [Fact]
    public void A_broken_synonym_file_is_reported()
    {
        FaqFiles.Write(folder.Path, "a.md", FaqFiles.Entry("a"));
        FaqFiles.Write(folder.Path, "synonyms.yml", "groups:\n  - [wfh]\n");

        var error = Assert.Single(FaqLoader.Load(folder.Path, FaqFiles.Sources).Errors);

        Assert.Equal("synonyms.yml", error.File);
        Assert.Contains("group 1 needs at least two terms", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_content_is_valid_and_has_every_required_entry()
    {
        string[] required =
        [
            "join-union", "contact-rep", "union-detriment", "right-to-be-accompanied", "subject-access-request", "workplace-monitoring",
            "bossware", "employer-reads-messages", "automated-decisions", "ai-at-work", "ai-charter", "data-erasure", "data-breach",
            "flexible-working", "right-to-disconnect", "working-hours", "rest-breaks", "on-call", "stress-wellbeing", "whistleblowing",
            "redundancy", "algorithmic-discrimination", "gender-pay-gap", "union-recognition", "freelancers", "remote-working",
            "grievance", "report-issue", "bot-privacy", "tech-change-consultation",
        ];

        var content = FaqLoader.Load(FaqFiles.RealFolder, FaqFiles.Sources);

        Assert.Empty(content.Errors);
        Assert.Empty(required.Except(content.Entries.Select(e => e.Id)));
        Assert.NotEmpty(content.Synonyms.Groups);
    }

    public void Dispose() => folder.Dispose();
}

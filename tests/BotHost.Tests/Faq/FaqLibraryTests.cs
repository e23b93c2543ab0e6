using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Faq;

public sealed class FaqLibraryTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_file_that_breaks_keeps_its_last_good_version_in_service()
    {
        FaqFiles.Write(folder.Path, "flexible-working.md", FaqFiles.Entry("flexible-working"));
        FaqFiles.Write(folder.Path, "other.md", FaqFiles.Entry("other", title: "Something else"));
        using var library = FaqFiles.Library(folder.Path);
        Assert.NotNull(library.Current.Find("flexible-working"));

        FaqFiles.Write(folder.Path, "flexible-working.md", "---\nid: [broken\n---\n");
        var errors = library.Reload();

        Assert.Equal("flexible-working.md", Assert.Single(errors).File);
        Assert.NotNull(library.Current.Find("flexible-working"));
        Assert.NotNull(library.Current.Find("other"));
    }

    [Fact]
    public void A_folder_that_yields_nothing_keeps_the_previous_index()
    {
        FaqFiles.Write(folder.Path, "flexible-working.md", FaqFiles.Entry("flexible-working"));
        using var library = FaqFiles.Library(folder.Path);
        var before = library.Current;

        File.Delete(Path.Combine(folder.Path, "flexible-working.md"));
        FaqFiles.Write(folder.Path, "bad.md", "not an entry");
        library.Reload();

        Assert.Same(before, library.Current);
        Assert.NotNull(library.Current.Find("flexible-working"));
    }

    [Fact]
    public void An_edit_is_picked_up_on_reload()
    {
        FaqFiles.Write(folder.Path, "flexible-working.md", FaqFiles.Entry("flexible-working"));
        using var library = FaqFiles.Library(folder.Path);
        Assert.Null(library.Current.Find("new-entry"));

        FaqFiles.Write(folder.Path, "new-entry.md", FaqFiles.Entry("new-entry", title: "A new entry"));
        library.Reload();

        Assert.Equal("A new entry", library.Current.Find("new-entry")?.Title);
    }

    [Fact]
    public void A_missing_folder_gives_an_empty_faq_rather_than_an_error()
    {
        using var library = FaqFiles.Library(Path.Combine(folder.Path, "nowhere"));

        var result = library.Search("can my boss read my messages");

        Assert.Null(result.Best);
        Assert.Contains(library.LastErrors, e => e.Reason == "folder not found");
    }

    [Fact]
    public void The_reloader_sees_an_edit_as_a_change_of_fingerprint()
    {
        FaqFiles.Write(folder.Path, "a.md", FaqFiles.Entry("a"));
        var before = BotHost.Core.Faq.FaqReloader.Fingerprint(folder.Path);

        FaqFiles.Write(folder.Path, "a.md", FaqFiles.Entry("a", title: "A longer title than before"));

        Assert.NotEqual(before, BotHost.Core.Faq.FaqReloader.Fingerprint(folder.Path));
    }

    public void Dispose() => folder.Dispose();
}

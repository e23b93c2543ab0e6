using BotHost.Core.Faq;
using BotHost.Storage.Faq;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotHost.Tests.Faq;

// FAQ content for tests: well-formed entries to write into a temp folder, and the real content folder.
public static class FaqFiles
{
    public static readonly FaqSourcePolicy Sources = new(["prospect.org.uk"]);

    // The repository's content/faq, copied beside the test assembly by the host project.
    public static string RealFolder => Path.Combine(AppContext.BaseDirectory, "content", "faq");

    public static string Entry(
        string id,
        string title = "Flexible working",
        string? questions = null,
        string source = "https://www.gov.uk/flexible-working",
        string reviewed = "2026-11-23",
        string body = "You can ask to change your hours from your first day. Type **rep** for help.") => $"""
        ---
        id: {id}
        title: {title}
        questions:
        {questions ?? "  - can i work flexibly\n  - how do i ask for flexible hours\n  - can they refuse my request\n  - how long do they have to reply"}
        tags: [flexible working, hours]
        jurisdiction: UK
        sources:
          - {source}
        reviewed: {reviewed}
        ---
        {body}
        """;

    public static void Write(string folder, string file, string text) => File.WriteAllText(Path.Combine(folder, file), text);

    public static FaqLibrary Library(string folder, double threshold = 0.74) => new(
        Options.Create(new FaqOptions { ContentPath = folder, ConfidenceThreshold = threshold }),
        new TestEnvironment(),
        new Fts5FaqIndexFactory(),
        NullLogger<FaqLibrary>.Instance);

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "BotHost.Tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

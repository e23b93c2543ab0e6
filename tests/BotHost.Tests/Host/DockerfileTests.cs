using System.Text.RegularExpressions;
using System.Xml.Linq;
using BotHost.Tests.Teams;

namespace BotHost.Tests.Host;

// No Docker engine runs the tests, so the image is never built here. These check the Dockerfile's
// assumptions against the repository and the build output, where a change elsewhere would break it:
// a new project the restore layer does not copy, a folder the build needs that the context leaves out.
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepositoryFiles.Path("Dockerfile"));

    [Fact]
    public void The_restore_layer_copies_every_project_the_bot_is_built_from()
    {
        var copied = BuildCopies().ToHashSet();

        foreach (var project in ProjectsOf(RepositoryFiles.Path("src", "BotHost", "BotHost.csproj")))
        {
            Assert.Contains(Relative(project), copied);

            // A props file a project imports is read by the restore too.
            foreach (var import in XDocument.Load(project).Descendants("Import").Select(i => i.Attribute("Project")!.Value))
            {
                var imported = Relative(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, import.Replace('\\', '/'))));
                Assert.Contains(imported, copied);
            }
        }
    }

    [Fact]
    public void Every_path_the_build_copies_exists_and_is_in_the_build_context()
    {
        var ignored = File.ReadAllLines(RepositoryFiles.Path(".dockerignore"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("**", StringComparison.Ordinal))
            .Select(l => l.TrimEnd('/'))
            .ToHashSet();

        Assert.NotEmpty(BuildCopies());
        foreach (var source in BuildCopies())
        {
            Assert.True(File.Exists(RepositoryFiles.Path(source)) || Directory.Exists(RepositoryFiles.Path(source)), $"{source} is not in the repository");
            Assert.DoesNotContain(source.TrimEnd('/').Split('/')[0], ignored);
        }
    }

    // Files the bot's project takes from outside src (the FAQ, the Teams package files) need a COPY of their own.
    [Fact]
    public void Folders_outside_src_that_the_bot_includes_are_copied()
    {
        var project = XDocument.Load(RepositoryFiles.Path("src", "BotHost", "BotHost.csproj"));
        var outside = project.Descendants().Attributes("Include").Select(a => a.Value.Replace('\\', '/'))
            .Where(v => v.StartsWith("../../", StringComparison.Ordinal))
            .Select(v => v["../../".Length..].Split('/')[0] + "/")
            .Distinct()
            .ToList();

        Assert.NotEmpty(outside);
        Assert.All(outside, folder => Assert.Contains(folder, BuildCopies()));
    }

    // The runtime stage runs BotHost.dll from /app, whose content root holds the shipped FAQ.
    [Fact]
    public void The_entry_point_and_the_shipped_faq_are_in_the_build_output()
    {
        var entry = EntryPoint().Match(Dockerfile);

        Assert.True(entry.Success);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, entry.Groups["dll"].Value)));
        Assert.Contains("WORKDIR /app", Dockerfile, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content", "faq"), "*.md"));
        Assert.Contains("Storage__ConnectionString=\"Data Source=/data/", Dockerfile, StringComparison.Ordinal);
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/');

    // Sources of the build stage's COPY lines (not COPY --from).
    private static IEnumerable<string> BuildCopies()
    {
        var build = Dockerfile[..Dockerfile.IndexOf("\nFROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)];
        foreach (var line in build.Split('\n').Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in parts[1..^1])
            {
                yield return source;
            }
        }
    }

    private static IEnumerable<string> ProjectsOf(string project)
    {
        yield return project;
        foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value.Replace('\\', '/')));
            foreach (var inner in ProjectsOf(path))
            {
                yield return inner;
            }
        }
    }

    [GeneratedRegex("""ENTRYPOINT \["dotnet", "(?<dll>[^"]+)"\]""")]
    private static partial Regex EntryPoint();
}

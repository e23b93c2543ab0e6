using System.Reflection;
using System.Text.Json;
using BotHost.Teams;

namespace BotHost.Tests.Host;

// appsettings.example.json promises to document every setting: every public settable property of every
// options class must appear under its section.
public sealed class ExampleSettingsTests
{
    public static TheoryData<Type> OptionsTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var assembly in new[] { typeof(Program).Assembly, typeof(BotHost.Core.CoreSetup).Assembly, typeof(BotHost.Slack.SlackOptions).Assembly, typeof(TeamsOptions).Assembly, typeof(BotHost.DirectLine.DirectLineOptions).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } && t.Name.EndsWith("Options", StringComparison.Ordinal)))
            {
                data.Add(type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Every_setting_is_in_the_example_file(Type options)
    {
        var section = (string)options.GetField("Section")!.GetValue(null)!;
        using var example = JsonDocument.Parse(File.ReadAllText(FindExample()), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        Assert.True(example.RootElement.TryGetProperty(section, out var documented), $"section {section} is missing");
        var missing = options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !documented.TryGetProperty(p.Name, out _))
            .Select(p => $"{section}:{p.Name}")
            .ToList();
        Assert.Empty(missing);
    }

    private static string FindExample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.example.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("appsettings.example.json not found above the test output.");
    }
}

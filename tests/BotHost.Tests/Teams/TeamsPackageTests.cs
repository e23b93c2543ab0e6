using System.IO.Compression;
using System.Text.Json;
using BotHost.Core.Conversation;
using BotHost.Core.Turns;
using BotHost.Hosting.Cli;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Teams;

public sealed class TeamsPackageTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Teams_package_command_writes_an_installable_zip_with_the_ids_filled_in()
    {
        var appId = Guid.NewGuid();
        var zipPath = folder.File("bothost.zip");

        var exit = await BotHostCli.RunAsync(["teams-package", "--app-id", appId.ToString(), "--out", zipPath]);

        Assert.Equal(0, exit);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open()).RootElement;
        Assert.Equal(appId.ToString(), manifest.GetProperty("id").GetString());
        Assert.Equal(appId.ToString(), manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
    }

    [Fact]
    public async Task Teams_package_command_refuses_an_app_id_that_is_not_a_guid()
    {
        var exit = await BotHostCli.RunAsync(["teams-package", "--app-id", "my-bot", "--out", folder.File("x.zip")]);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(folder.File("x.zip")));
    }

    [Fact]
    public void Colour_icon_is_192_square_and_outline_icon_is_32_square_white_on_transparent()
    {
        var color = Png.Read(File.ReadAllBytes(RepositoryFiles.Path("manifests", "teams", "color.png")));
        var outline = Png.Read(File.ReadAllBytes(RepositoryFiles.Path("manifests", "teams", "outline.png")));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(0, outline.Alpha(0, 0));
        Assert.Contains(Enumerable.Range(0, 32 * 32), i => outline.Alpha(i % 32, i / 32) == 255);
        Assert.All(
            Enumerable.Range(0, 32 * 32).Where(i => outline.Alpha(i % 32, i / 32) > 0),
            i => Assert.Equal(((byte)255, (byte)255, (byte)255), outline.Rgb(i % 32, i / 32)));
    }

    [Theory]
    [InlineData("personal", "help", IntentKind.Help)]
    [InlineData("personal", "ask", IntentKind.Faq)]
    [InlineData("personal", "report", IntentKind.Report)]
    [InlineData("personal", "rep", IntentKind.Rep)]
    [InlineData("personal", "join", IntentKind.Join)]
    [InlineData("personal", "forget me", IntentKind.ForgetMe)]
    [InlineData("team", "help", IntentKind.Help)]
    [InlineData("team", "ask", IntentKind.Faq)]
    [InlineData("team", "digest", IntentKind.Organiser)]
    public void Manifest_command_lists_are_the_bots_own_commands(string scope, string title, IntentKind expected)
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path("manifests", "teams", "manifest.json"))).RootElement;
        var lists = manifest.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray();
        var titles = lists.Single(l => l.GetProperty("scopes")[0].GetString() == scope)
            .GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        var turn = new Turn { Channel = "teams", Workspace = "t", Conversation = "c", User = "u", PlatformId = "p", Time = default, Text = title };

        var intent = IntentRouter.Route(new TurnContext(turn, new DialogKey("c", "u"), null, default));

        Assert.Contains(title, titles);
        Assert.Equal(expected, intent.Kind);
        Assert.True(expected == IntentKind.Faq || intent.Argument is null or "digest", "a command, not a question");
    }

    public void Dispose() => folder.Dispose();
}

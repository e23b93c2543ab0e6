using System.CommandLine;

namespace BotHost.Hosting.Cli;

// `BotHost teams-package --app-id <guid> --out bothost.zip`: the Teams app package to upload.
public static class TeamsPackageCommand
{
    public static Command Create()
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID).", Required = true };
        var teamsAppId = new Option<string?>("--teams-app-id") { Description = "The Teams app's own id (a GUID); defaults to the app id." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the zip.", DefaultValueFactory = _ => new FileInfo("bothost.zip") };
        var from = new Option<DirectoryInfo>("--from") { Description = "A folder with your own manifest.json, color.png and outline.png (default: the ones built in)." }.AcceptExistingOnly();
        var command = new Command("teams-package", "Write the Microsoft Teams app package (manifest.json and icons) as a zip.")
        {
            appId, teamsAppId, output, from,
        };
        command.SetAction(result =>
        {
            if (!Guid.TryParse(result.GetValue(appId), out var bot) || !Guid.TryParse(result.GetValue(teamsAppId) ?? bot.ToString(), out var app))
            {
                throw new OperatorException("--app-id and --teams-app-id must be GUIDs (the Microsoft App ID of your Azure Bot).");
            }

            var file = result.GetValue(output)!;
            TeamsPackage.Write(file.FullName, bot, app, result.GetValue(from)?.FullName);
            Console.WriteLine($"Wrote {file.FullName}. Upload it in Teams: Apps > Manage your apps > Upload an app.");
            return 0;
        });
        return command;
    }
}

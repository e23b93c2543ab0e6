using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using BotHost.Hosting.Cli;
using BotHost.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BotHost.Tests.Teams;

// Validates the Teams manifest against Microsoft's JSON schema for its manifestVersion, from the npm
// package @microsoft/app-manifest that .ci/setup-teams.sh installs into .ci/teams-schema. On a developer
// machine without it the checks say so loudly and pass; under CI (CI=true) a missing package fails.
public sealed class ManifestSchemaTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string SchemaPackages = Environment.GetEnvironmentVariable("BOTHOST_TEAMS_SCHEMA") ?? RepositoryFiles.Path(".ci", "teams-schema");
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Repository_manifest_is_valid_against_the_official_schema()
    {
        var result = await ValidateAsync(RepositoryFiles.Path("manifests", "teams", "manifest.json"));

        Assert.True(result is null or { Exit: 0 }, result?.Output);
    }

    [Fact]
    public async Task Packaged_manifest_is_valid_against_the_official_schema()
    {
        var zipPath = folder.File("bothost.zip");
        TeamsPackage.Write(zipPath, Guid.NewGuid(), Guid.NewGuid());
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            zip.GetEntry("manifest.json")!.ExtractToFile(folder.File("manifest.json"));
        }

        var result = await ValidateAsync(folder.File("manifest.json"));

        Assert.True(result is null or { Exit: 0 }, result?.Output);
    }

    [Fact]
    public async Task A_broken_manifest_fails_the_schema_check()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Path("manifests", "teams", "manifest.json")))!.AsObject();
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        manifest.Remove("developer");
        await File.WriteAllTextAsync(folder.File("broken.json"), manifest.ToJsonString());

        var result = await ValidateAsync(folder.File("broken.json"));

        Assert.True(result is null or { Exit: 1 }, result?.Output);
        Assert.True(result is null || (result.Value.Output.Contains("botId", StringComparison.Ordinal) && result.Value.Output.Contains("developer", StringComparison.Ordinal)), result?.Output);
    }

    public void Dispose() => folder.Dispose();

    private async Task<(int Exit, string Output)?> ValidateAsync(string manifestPath)
    {
        if (!Directory.Exists(Path.Combine(SchemaPackages, "node_modules", "@microsoft", "app-manifest")))
        {
            var message = $"!!! Teams manifest schema NOT CHECKED: {SchemaPackages} has no @microsoft/app-manifest. Run `bash .ci/setup-teams.sh`. !!!";
            Assert.False(Environment.GetEnvironmentVariable("CI") is { Length: > 0 }, message);
            output.WriteLine(message);
            await Console.Error.WriteLineAsync(message);
            return null;
        }

        var start = new ProcessStartInfo("node", [RepositoryFiles.Path("tests", "BotHost.Tests", "Teams", "validate-manifest.cjs"), SchemaPackages, manifestPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.WriteLine(stdout + stderr);
        return (process.ExitCode, stdout + stderr);
    }
}

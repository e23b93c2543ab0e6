using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotHost.Hosting.Cli;

// A Teams app package: manifest.json (with the app and bot ids filled in) and the two icons, at the zip root.
public static class TeamsPackage
{
    public static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string zipPath, Guid botId, Guid teamsAppId, string? fromFolder = null)
    {
        var manifest = JsonNode.Parse(Read("manifest.json", fromFolder))!.AsObject();
        manifest["id"] = teamsAppId.ToString();
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
        {
            bot!["botId"] = botId.ToString();
        }

        var temporary = zipPath + ".tmp";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, Indented));
            Add(zip, "color.png", Read("color.png", fromFolder));
            Add(zip, "outline.png", Read("outline.png", fromFolder));
        }

        File.Move(temporary, zipPath, overwrite: true);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }

    private static byte[] Read(string name, string? fromFolder)
    {
        if (fromFolder is not null)
        {
            return File.ReadAllBytes(Path.Combine(fromFolder, name));
        }

        using var resource = typeof(TeamsPackage).Assembly.GetManifestResourceStream("BotHost.TeamsPackage." + name)
            ?? throw new InvalidOperationException($"The built-in Teams package file {name} is missing.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }
}

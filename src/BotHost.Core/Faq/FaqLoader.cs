namespace BotHost.Core.Faq;

// Reads every entry in the content folder. A broken file is reported and left out; it never stops the
// others from loading.
public static class FaqLoader
{
    public const long MaxFileBytes = 64 * 1024;

    public static FaqContent Load(string folder, FaqSourcePolicy sources)
    {
        if (!Directory.Exists(folder))
        {
            return FaqContent.Empty with { Errors = [new FaqFileError(folder, "folder not found")] };
        }

        var entries = new List<FaqEntry>();
        var errors = new List<FaqFileError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in EntryFiles(folder))
        {
            var file = Path.GetFileName(path);
            var (entry, error) = Read(path, file, sources);
            if (error is not null)
            {
                errors.Add(error);
            }
            else if (seen.TryGetValue(entry!.Id, out var first))
            {
                errors.Add(new FaqFileError(file, $"duplicate id \"{entry.Id}\" (also in {first})"));
            }
            else
            {
                seen[entry.Id] = file;
                entries.Add(entry);
            }
        }

        var (synonyms, synonymError) = ReadSynonyms(folder);
        if (synonymError is not null)
        {
            errors.Add(synonymError);
        }

        return new FaqContent(entries, synonyms ?? SynonymMap.Empty, errors);
    }

    // Entry files: *.md, except README.md and files starting with "_" (drafts, notes for organisers).
    public static IEnumerable<string> EntryFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.md")
            .Where(p => Path.GetFileName(p) is var name && !name.StartsWith('_') && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static (FaqEntry?, FaqFileError?) Read(string path, string file, FaqSourcePolicy sources)
    {
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                return (null, new FaqFileError(file, $"file is larger than {MaxFileBytes / 1024} KB"));
            }

            return FaqEntryParser.Parse(file, File.ReadAllText(path), sources);
        }
        catch (IOException ex)
        {
            return (null, new FaqFileError(file, "could not be read: " + ex.Message));
        }
        catch (UnauthorizedAccessException)
        {
            return (null, new FaqFileError(file, "could not be read: permission denied"));
        }
    }

    private static (SynonymMap?, FaqFileError?) ReadSynonyms(string folder)
    {
        var path = Path.Combine(folder, SynonymFile.Name);
        if (!File.Exists(path))
        {
            return (SynonymMap.Empty, null);
        }

        try
        {
            return SynonymFile.Parse(File.ReadAllText(path));
        }
        catch (IOException ex)
        {
            return (null, new FaqFileError(SynonymFile.Name, "could not be read: " + ex.Message));
        }
    }
}

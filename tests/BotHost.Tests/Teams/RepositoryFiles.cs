namespace BotHost.Tests.Teams;

public static class RepositoryFiles
{
    // The repository root: the folder above the test binaries that holds BotHost.sln.
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BotHost.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BotHost.sln not found above the test binaries.");
    }
}

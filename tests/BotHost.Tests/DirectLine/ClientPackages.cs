using BotHost.Tests.Browser;
using BotHost.Tests.Teams;

namespace BotHost.Tests.DirectLine;

// Microsoft's Direct Line clients from npm, which .ci/setup-directline.sh installs at exact versions into a
// git-ignored folder. Tests that need them skip on a developer's machine without them and fail on CI (CI=true).
public static class ClientPackages
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("BOTHOST_DIRECTLINE_CLIENTS") ?? RepositoryFiles.Path(".ci", "directline-clients");

    public static string WebChatBundle => Path.Combine(Folder, "node_modules", "botframework-webchat", "dist", "webchat.js");

    public static bool Installed =>
        File.Exists(WebChatBundle) && File.Exists(Path.Combine(Folder, "node_modules", "botframework-directlinejs", "package.json"));

    public static string? SkipReason(bool browser = false)
    {
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
        {
            return null;
        }

        if (!Installed)
        {
            return "Direct Line clients are not installed (bash .ci/setup-directline.sh).";
        }

        return browser && !(File.Exists(BrowserFactAttribute.Chromium) && File.Exists(BrowserFactAttribute.ChromeDriver))
            ? "Chromium is not installed (apt-get install chromium chromium-driver)."
            : null;
    }
}

public sealed class DirectLineJsTheoryAttribute : TheoryAttribute
{
    public DirectLineJsTheoryAttribute() => Skip = ClientPackages.SkipReason();
}

public sealed class WebChatBrowserFactAttribute : FactAttribute
{
    public WebChatBrowserFactAttribute() => Skip = ClientPackages.SkipReason(browser: true);
}

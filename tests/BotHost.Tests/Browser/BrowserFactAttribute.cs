namespace BotHost.Tests.Browser;

// Runs where Debian's Chromium and ChromeDriver are installed (.ci/setup-chromium.sh does it on CI, where
// CI=true makes a missing browser fail instead of skipping).
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    public BrowserFactAttribute()
    {
        var installed = File.Exists(Chromium) && File.Exists(ChromeDriver);
        if (!installed && Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Skip = "Chromium is not installed (apt-get install chromium chromium-driver).";
        }
    }
}

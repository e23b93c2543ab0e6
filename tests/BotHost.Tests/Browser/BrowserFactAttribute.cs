namespace BotHost.Tests.Browser;

// Runs where Debian's Chromium and ChromeDriver are installed (.ci/setup-chromium.sh does it on CI, and sets
// BOTHOST_REQUIRE_BROWSER=1 so a missing browser fails instead of skipping).
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    public BrowserFactAttribute()
    {
        var installed = File.Exists(Chromium) && File.Exists(ChromeDriver);
        if (!installed && Environment.GetEnvironmentVariable("BOTHOST_REQUIRE_BROWSER") != "1")
        {
            Skip = "Chromium is not installed (apt-get install chromium chromium-driver).";
        }
    }
}

using System.Text.Json;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace BotHost.Tests.Browser;

// The web chat page open in headless Chromium, against the host on a real loopback port.
public sealed class ChatPage : IAsyncDisposable
{
    private ChatPage(BotHostFactory host, ChromeDriver browser)
    {
        Host = host;
        Browser = browser;
        Wait = new WebDriverWait(browser, TimeSpan.FromSeconds(15));
    }

    public BotHostFactory Host { get; }

    public ChromeDriver Browser { get; }

    public WebDriverWait Wait { get; }

    public List<IWebElement> BotMessages => [.. Browser.FindElements(By.CssSelector(".msg:not(.mine)"))];

    // Opens the page and waits for the bot's greeting.
    public static ChatPage Open(TempFolder folder)
    {
        var page = Start(folder);
        page.Browser.Navigate().GoToUrl(page.Host.ClientOptions.BaseAddress);
        page.Wait.Until(_ => page.BotMessages.Count > 0);
        return page;
    }

    // The host and the browser, on no page yet; downloads (if any) are saved to that folder without asking.
    public static ChatPage Start(TempFolder folder, string? downloads = null)
    {
        var host = new BotHostFactory(folder.Path);
        host.UseKestrel(0);
        host.StartServer();
        return new ChatPage(host, StartChromium(downloads));
    }

    public void Type(string text) => Browser.SwitchTo().ActiveElement().SendKeys(text + Keys.Enter);

    public void Press(string label)
    {
        Wait.Until(d => d.FindElements(By.CssSelector(".choices button")).Any(b => b.Text == label));
        Browser.FindElements(By.CssSelector(".choices button")).Last(b => b.Text == label).Click();
    }

    public void WaitForBot(Func<string, bool> text) => Wait.Until(_ => BotMessages.Any(m => text(m.Text)));

    // Every URL the page has asked for since the last call, from Chromium's own network log (DevTools
    // Network.requestWillBeSent), so nothing the page fetches by any means is missed.
    public List<string> RequestedUrls()
    {
        var urls = new List<string>();
        foreach (var entry in Browser.Manage().Logs.GetLog(LogType.Performance))
        {
            using var json = JsonDocument.Parse(entry.Message);
            var message = json.RootElement.GetProperty("message");
            if (message.GetProperty("method").GetString() == "Network.requestWillBeSent")
            {
                urls.Add(message.GetProperty("params").GetProperty("request").GetProperty("url").GetString()!);
            }
        }

        return urls;
    }

    // Chromium's network switched off (true) or back on, as if the phone lost its signal.
    public void Offline(bool offline)
    {
        Browser.ExecuteCdpCommand("Network.enable", []);
        Browser.ExecuteCdpCommand("Network.emulateNetworkConditions", new Dictionary<string, object?>
        {
            ["offline"] = offline,
            ["latency"] = 0,
            ["downloadThroughput"] = -1,
            ["uploadThroughput"] = -1,
        });
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await Host.DisposeAsync();
    }

    private static ChromeDriver StartChromium(string? downloads = null)
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.SetLoggingPreference(LogType.Performance, LogLevel.All);
        if (downloads is not null)
        {
            options.AddUserProfilePreference("download.default_directory", downloads);
            options.AddUserProfilePreference("download.prompt_for_download", false);
        }

        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "bothost-chromium-" + Guid.NewGuid().ToString("N")));
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver), Path.GetFileName(BrowserFactAttribute.ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

using BotHost.Tests.Browser;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace BotHost.Tests.DirectLine;

// Microsoft's Web Chat (npm botframework-webchat 4.18.1, its dist bundle) in headless Chromium, talking
// Direct Line to the host on a real loopback port over its WebSocket.
public sealed class WebChatBrowserTests : IDisposable
{
    private readonly TempFolder folder = new();

    [WebChatBrowserFact]
    public async Task A_worker_asks_a_question_in_web_chat_and_presses_a_suggested_action()
    {
        Assert.True(ClientPackages.Installed, $"Direct Line clients missing in {ClientPackages.Folder}: run `bash .ci/setup-directline.sh`.");
        await using var host = DirectLineHost.Start(folder, configure: b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, WebChatTestPage>()));
        var token = (await host.JsonAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHost.Secret)).GetProperty("token").GetString();
        using var browser = StartChromium();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(30));

        browser.Navigate().GoToUrl(new Uri(host.BaseAddress, WebChatTestPage.Path + "#" + token));
        wait.Until(_ => BotSays(browser).Any(t => t.Contains("What would you like to do?", StringComparison.Ordinal)));
        var input = wait.Until(d => d.FindElements(By.CssSelector(".webchat__send-box-text-box__input")).FirstOrDefault())!;
        input.SendKeys("can my boss read my slack dms" + Keys.Enter);
        wait.Until(_ => BotSays(browser).Any(t => t.Contains("Can my employer read my Slack or Teams messages?", StringComparison.Ordinal)));
        var helpful = wait.Until(d => d.FindElements(By.CssSelector("button.webchat__suggested-action")).FirstOrDefault(b => b.Text.Contains("Helpful", StringComparison.Ordinal) && !b.Text.Contains("Not", StringComparison.Ordinal)))!;
        helpful.Click();
        wait.Until(_ => BotSays(browser).Any(t => t.StartsWith("Thanks for the feedback.", StringComparison.Ordinal)));

        var mine = browser.FindElements(By.CssSelector(".webchat__bubble--from-user .webchat__bubble__content")).Select(e => e.Text).ToList();
        Assert.Contains("can my boss read my slack dms", mine);
        Assert.Contains(mine, t => t.Contains("Helpful", StringComparison.Ordinal));
        Assert.DoesNotContain(browser.PageSource, "Send failed", StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static List<string> BotSays(ChromeDriver browser) =>
        [.. browser.FindElements(By.CssSelector(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content")).Select(e => e.Text)];

    private static ChromeDriver StartChromium()
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1000,900",
            "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "bothost-chromium-" + Guid.NewGuid().ToString("N")));
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver), Path.GetFileName(BrowserFactAttribute.ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

using BotHost.Core.Digests;
using BotHost.Tests.Core.Digests;
using BotHost.Tests.Infrastructure;
using BotHost.WebChat;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace BotHost.Tests.Browser;

// The web chat page in a real headless Chromium against the host on a real loopback port.
public sealed class WebChatPageTests : IDisposable
{
    private readonly TempFolder folder = new();

    [BrowserFact]
    public async Task A_person_can_chat_with_the_keyboard_and_with_buttons()
    {
        await using var host = new BotHostFactory(folder.Path);
        host.UseKestrel(0);
        host.StartServer();
        using var browser = Start();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(15));

        browser.Navigate().GoToUrl(host.ClientOptions.BaseAddress);
        wait.Until(d => BotMessages(d).Any(m => m.Text.Contains("What would you like to do?", StringComparison.Ordinal)));
        var input = browser.SwitchTo().ActiveElement();
        Assert.Equal("message", input.GetAttribute("id"));

        input.SendKeys("join" + Keys.Enter);
        wait.Until(d => BotMessages(d).Any(m => m.Text.StartsWith("Join ", StringComparison.Ordinal)));
        browser.FindElements(By.CssSelector(".choices button")).First(b => b.Text == "Report a problem").Click();
        wait.Until(d => BotMessages(d).Any(m => m.Text.StartsWith("What is it about?", StringComparison.Ordinal)));

        Assert.Equal("Your message", browser.FindElement(By.CssSelector("label[for=message]")).Text);
        Assert.Equal("log", browser.FindElement(By.Id("log")).GetAttribute("role"));
        Assert.Contains(browser.FindElements(By.CssSelector(".msg.mine")), m => m.Text == "Report a problem");
    }

    [BrowserFact]
    public async Task The_report_form_renders_labelled_fields_and_shows_errors()
    {
        await using var host = new BotHostFactory(folder.Path);
        host.UseKestrel(0);
        host.StartServer();
        using var browser = Start();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(15));
        browser.Navigate().GoToUrl(host.ClientOptions.BaseAddress);
        wait.Until(d => BotMessages(d).Count > 0);

        browser.SwitchTo().ActiveElement().SendKeys("report" + Keys.Enter);
        wait.Until(d => d.FindElements(By.CssSelector(".choices button")).Any(b => b.Text == "Use a form instead"));
        browser.FindElements(By.CssSelector(".choices button")).First(b => b.Text == "Use a form instead").Click();
        var form = wait.Until(d => d.FindElements(By.CssSelector("form.card")).FirstOrDefault());
        var employer = form!.FindElement(By.CssSelector("input[name=employer]"));
        var label = form.FindElement(By.CssSelector($"label[for='{employer.GetAttribute("id")}']"));

        Assert.Equal("Employer or workplace", label.Text);
        Assert.Equal("true", form.FindElement(By.CssSelector("select[name=category]")).GetAttribute("required"));
    }

    [BrowserFact]
    public async Task A_digest_shows_its_facts_as_labelled_lists()
    {
        await using var host = new BotHostFactory(folder.Path);
        host.UseKestrel(0);
        host.StartServer();
        using var browser = Start();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(15));
        browser.Navigate().GoToUrl(host.ClientOptions.BaseAddress);
        wait.Until(d => BotMessages(d).Count > 0);
        var session = (string)((IJavaScriptExecutor)browser).ExecuteScript("return sessionStorage.getItem('bothost.session');")!;

        host.Services.GetRequiredService<WebChatHub>().Post(session, DigestMessage.Create(SampleDigest.Create()));
        var facts = wait.Until(d => d.FindElements(By.CssSelector(".msg .facts")).Count > 0 ? d.FindElements(By.CssSelector(".msg .facts")) : null)!;

        Assert.Equal("Reports by category", facts[0].FindElement(By.CssSelector("strong")).Text);
        Assert.Equal(["Surveillance and monitoring", "Workload and hours", "Other"], facts[0].FindElements(By.CssSelector("dt")).Select(e => e.Text));
        Assert.Equal(["12 (+3)", "4", "5"], facts[0].FindElements(By.CssSelector("dd")).Select(e => e.Text));
        var words = Assert.Single(facts, f => f.FindElement(By.CssSelector("strong")).Text == "In workers' own words");
        Assert.Single(words.FindElements(By.CssSelector("dl.stacked")));
    }

    public void Dispose() => folder.Dispose();

    private static List<IWebElement> BotMessages(IWebDriver driver) =>
        [.. driver.FindElements(By.CssSelector(".msg:not(.mine)"))];

    private static ChromeDriver Start()
    {
        var options = new ChromeOptions { BinaryLocation = BrowserFactAttribute.Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "bothost-chromium-" + Guid.NewGuid().ToString("N")));
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(BrowserFactAttribute.ChromeDriver), Path.GetFileName(BrowserFactAttribute.ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

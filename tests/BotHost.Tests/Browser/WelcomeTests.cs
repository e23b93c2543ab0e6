using BotHost.Tests.Infrastructure;
using OpenQA.Selenium;

namespace BotHost.Tests.Browser;

// A worker who types before the page's welcome has arrived: the page used to ask for the menu itself, and
// a quick "help" raced it, so the menu came twice and both copies came after the worker's message.
public sealed class WelcomeTests : IDisposable
{
    private readonly TempFolder folder = new();

    [BrowserFact]
    public async Task Help_typed_as_soon_as_the_page_opens_gets_one_welcome_then_the_answer()
    {
        await using var page = ChatPage.Start(folder);
        page.Browser.Navigate().GoToUrl(page.Host.ClientOptions.BaseAddress);
        page.Browser.FindElement(By.Id("message")).SendKeys("help" + Keys.Enter);

        page.Wait.Until(_ => page.BotMessages.Count >= 2);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // room for a third copy to arrive, if there were one
        var log = page.Browser.FindElements(By.CssSelector("#log .msg")).Select(m => (Mine: m.GetAttribute("class")!.Contains("mine"), m.Text)).ToList();

        Assert.Single(log, m => m.Text.StartsWith("Hello! I'm the", StringComparison.Ordinal));
        Assert.Collection(
            log,
            welcome => Assert.StartsWith("Hello! I'm the", welcome.Text),
            typed => Assert.Equal((true, "help"), typed),
            answer => Assert.StartsWith("Hi, I'm the", answer.Text));
    }

    public void Dispose() => folder.Dispose();
}

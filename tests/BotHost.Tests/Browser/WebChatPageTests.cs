using BotHost.Core.Digests;
using BotHost.Tests.Core.Digests;
using BotHost.Tests.Infrastructure;
using BotHost.WebChat;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace BotHost.Tests.Browser;

// The web chat page in a real headless Chromium against the host on a real loopback port.
public sealed class WebChatPageTests : IDisposable
{
    private readonly TempFolder folder = new();

    [BrowserFact]
    public async Task A_person_can_chat_with_the_keyboard_and_with_buttons()
    {
        await using var page = ChatPage.Open(folder);

        page.WaitForBot(text => text.Contains("What would you like to do?", StringComparison.Ordinal));
        Assert.Equal("message", page.Browser.SwitchTo().ActiveElement().GetAttribute("id"));
        page.Type("join");
        page.WaitForBot(text => text.StartsWith("Join ", StringComparison.Ordinal));
        page.Press("Report a problem");
        page.WaitForBot(text => text.StartsWith("What is it about?", StringComparison.Ordinal));

        Assert.Equal("Your message", page.Browser.FindElement(By.CssSelector("label[for=message]")).Text);
        Assert.Equal("log", page.Browser.FindElement(By.Id("log")).GetAttribute("role"));
        Assert.Contains(page.Browser.FindElements(By.CssSelector(".msg.mine")), m => m.Text == "Report a problem");

        // After a button, typing goes to the message box (Enter must not press the button again),
        // and the answered group's buttons are disabled.
        Assert.Equal("message", page.Browser.SwitchTo().ActiveElement().GetAttribute("id"));
        Assert.False(page.Browser.FindElements(By.CssSelector(".choices button")).First(b => b.Text == "Report a problem").Enabled);
    }

    [BrowserFact]
    public async Task The_same_chat_opened_in_a_second_tab_takes_over_and_the_first_tab_says_so()
    {
        await using var page = ChatPage.Open(folder);
        var first = page.Browser.CurrentWindowHandle;

        // window.open copies this tab's sessionStorage, so the new tab resumes the same session.
        page.Browser.ExecuteScript("window.open(location.href);");
        page.Browser.SwitchTo().Window(page.Browser.WindowHandles.Single(h => h != first));
        page.Wait.Until(_ => page.BotMessages.Count > 0);
        page.Type("join");
        page.WaitForBot(text => text.StartsWith("Join ", StringComparison.Ordinal));
        page.Browser.SwitchTo().Window(first);

        page.Wait.Until(d => d.FindElement(By.Id("status")).Text == "This chat is open in another tab or window.");
        Assert.DoesNotContain(page.BotMessages, m => m.Text.StartsWith("Join ", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task The_report_form_renders_labelled_fields_and_shows_errors()
    {
        await using var page = ChatPage.Open(folder);
        page.Type("report");
        page.Press("Use a form instead");
        var form = page.Wait.Until(d => d.FindElements(By.CssSelector("form.card")).FirstOrDefault())!;
        var employer = form.FindElement(By.CssSelector("input[name=employer]"));
        var label = form.FindElement(By.CssSelector($"label[for='{employer.GetAttribute("id")}']"));
        Assert.Equal("Employer or workplace", label.Text);
        Assert.Equal("true", form.FindElement(By.CssSelector("select[name=category]")).GetAttribute("required"));

        foreach (var (select, value) in new[] { ("category", "Surveillance"), ("people", "Few"), ("urgency", "Soon"), ("contact", "Email") })
        {
            page.Browser.ExecuteScript("arguments[0].value = arguments[1];", form.FindElement(By.CssSelector($"select[name={select}]")), value);
        }

        employer.SendKeys("Acme");
        form.FindElement(By.CssSelector("textarea[name=description]")).SendKeys("Screenshots every ten minutes.");
        form.FindElement(By.CssSelector("input[name=when]")).SendKeys("last week");
        form.FindElement(By.CssSelector("input[name=contactDetail]")).SendKeys("not an email");
        form.FindElement(By.CssSelector("button[type=submit]")).Click();

        var invalid = page.Wait.Until(d => d.FindElements(By.CssSelector("input[name=contactDetail][aria-invalid=true]")).FirstOrDefault())!;
        var error = page.Browser.FindElement(By.Id(invalid.GetAttribute("aria-describedby")!.Split(' ')[^1]));
        Assert.StartsWith("That doesn't look like an email address.", error.Text);
        Assert.Equal("Acme", page.Browser.FindElements(By.CssSelector("input[name=employer]")).Last().GetAttribute("value"));
    }

    [BrowserFact]
    public async Task A_digest_shows_its_facts_as_labelled_lists()
    {
        await using var page = ChatPage.Open(folder);
        var session = (string)page.Browser.ExecuteScript("return sessionStorage.getItem('bothost.session');")!;

        page.Host.Services.GetRequiredService<WebChatHub>().Post(session, DigestMessage.Create(SampleDigest.Create()));
        var facts = page.Wait.Until(d => d.FindElements(By.CssSelector(".msg .facts")).Count > 0 ? d.FindElements(By.CssSelector(".msg .facts")) : null)!;

        Assert.Equal("Reports by category", facts[0].FindElement(By.CssSelector("strong")).Text);
        Assert.Equal(["Surveillance and monitoring", "Workload and hours", "Other"], facts[0].FindElements(By.CssSelector("dt")).Select(e => e.Text));
        Assert.Equal(["12 (+3)", "4", "5"], facts[0].FindElements(By.CssSelector("dd")).Select(e => e.Text));
        var words = Assert.Single(facts, f => f.FindElement(By.CssSelector("strong")).Text == "In workers' own words");
        Assert.Single(words.FindElements(By.CssSelector("dl.stacked")));
    }

    public void Dispose() => folder.Dispose();
}

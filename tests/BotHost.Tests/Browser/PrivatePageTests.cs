using System.Security.Cryptography;
using System.Text;
using BotHost.Core.SafeChannel;
using BotHost.Tests.Infrastructure;
using BotHost.Tests.SafeChannel;
using BotHost.WebChat;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace BotHost.Tests.Browser;

// A private link from an employer workspace, opened in headless Chromium: a report start to finish, the
// receipt kept, and nothing asked of any other origin.
public sealed class PrivatePageTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TempFolder downloads = new();

    [BrowserFact]
    public async Task A_private_link_opens_a_report_that_ends_with_a_receipt_and_nothing_leaves_the_origin()
    {
        await using var page = ChatPage.Start(folder, downloads.Path);
        var token = await PrivateLinkTests.AskForLinkAsync(page.Host, "report");
        var origin = page.Host.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);

        page.Browser.Manage().Window.Size = new System.Drawing.Size(360, 800);
        page.RequestedUrls(); // the browser's own start page (chrome://…) is not ours to judge
        page.Browser.Navigate().GoToUrl(origin + "/private#" + token);
        var start = page.Wait.Until(d => d.FindElement(By.Id("gate-start")) is { Displayed: true } button ? button : null)!;
        Assert.Equal("", (string)page.Browser.ExecuteScript("return location.hash;")!);
        Assert.False(page.Browser.FindElement(By.Id("composer")).Displayed);
        Assert.Equal("Make a report in private", page.Browser.FindElement(By.Id("gate-title")).Text);
        Assert.Contains("Your employer may be able to see what you do on a work device or network.", page.Browser.FindElement(By.Id("gate")).Text, StringComparison.Ordinal);
        start.Click();

        page.WaitForBot(text => text.StartsWith("What is it about?", StringComparison.Ordinal));
        page.Press("Surveillance and monitoring");
        page.WaitForBot(text => text.Contains("employer", StringComparison.OrdinalIgnoreCase) && text.Contains('?', StringComparison.Ordinal));
        TypeInBox(page, "Acme Widgets");
        page.WaitForBot(text => text.StartsWith("What happened", StringComparison.Ordinal));
        TypeInBox(page, "Keystroke logging on every laptop since Monday.");
        page.WaitForBot(text => text.StartsWith("When", StringComparison.Ordinal));
        TypeInBox(page, "since Monday");
        page.Press("2 to 5");
        page.Press("Soon: in the next few weeks");
        page.Press("Send now");
        page.Press("No thanks");
        page.Press("Send");

        var receipt = page.Wait.Until(d => d.FindElements(By.CssSelector(".receipt pre")).FirstOrDefault())!;
        var shown = (string)page.Browser.ExecuteScript("return arguments[0].textContent;", receipt)!;
        var (text, digest) = Split(shown);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), digest);
        Assert.True(text.Contains("Employer or workplace: Acme Widgets", StringComparison.Ordinal), text);

        page.Browser.FindElement(By.LinkText("Download receipt")).Click();
        var file = page.Wait.Until(_ => Directory.GetFiles(downloads.Path, "receipt-*.txt").FirstOrDefault())!;
        Assert.Equal(shown, await ReadWhenCompleteAsync(file));

        var resources = ((IReadOnlyCollection<object>)page.Browser.ExecuteScript(
            "return performance.getEntriesByType('resource').map(e => e.name);")!).Cast<string>().ToList();
        Assert.Contains(origin + "/chat/chat.js", resources);
        Assert.All(resources, url => Assert.StartsWith(origin + "/", url, StringComparison.Ordinal));
        Assert.Equal(0L, page.Browser.ExecuteScript("return localStorage.length;"));
        Assert.Equal(true, page.Browser.ExecuteScript("return document.documentElement.scrollWidth <= window.innerWidth;"));
        Assert.Equal("", page.Browser.ExecuteScript("return document.cookie;"));
        Assert.Null(page.Browser.ExecuteScript("return sessionStorage.getItem('bothost.link');"));

        // A reload (a phone that dropped the tab) shows the conversation and the receipt again, from the
        // server's memory: nothing was kept in the browser but the session id.
        page.Browser.Navigate().Refresh();
        var again = page.Wait.Until(d => d.FindElements(By.CssSelector(".receipt pre")).FirstOrDefault())!;
        Assert.Equal(shown, (string)page.Browser.ExecuteScript("return arguments[0].textContent;", again)!);
        Assert.True(page.Browser.FindElement(By.Id("composer")).Displayed);

        var requested = page.RequestedUrls();
        // The session id travels in headers and bodies only: no URL the browser asked for carries it.
        var session = (string)page.Browser.ExecuteScript("return sessionStorage.getItem('bothost.session');")!;
        Assert.Contains(origin + "/chat/api/events", requested);
        Assert.DoesNotContain(requested, url => url.Contains(session, StringComparison.Ordinal) || url.Contains(Uri.EscapeDataString(session), StringComparison.Ordinal));
        Assert.All(requested, url => Assert.True(
            url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("blob:" + origin + "/", StringComparison.Ordinal),
            "requested off the origin: " + url));

        using var http = new HttpClient();
        var response = await http.GetAsync(origin + "/private");
        Assert.Equal(WebChatHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("img-src 'self';", WebChatHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Start_pressed_while_offline_can_be_pressed_again_and_says_why()
    {
        await using var page = ChatPage.Start(folder);
        var token = await PrivateLinkTests.AskForLinkAsync(page.Host, "report");
        var origin = page.Host.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);
        page.Browser.Navigate().GoToUrl(origin + "/private#" + token);
        var start = page.Wait.Until(d => d.FindElement(By.Id("gate-start")) is { Displayed: true } button ? button : null)!;

        page.Offline(true);
        start.Click();
        var status = page.Wait.Until(d => d.FindElement(By.Id("gate-status")) is { Text.Length: > 0 } shown ? shown : null)!;
        Assert.Contains("offline", status.Text, StringComparison.Ordinal);
        Assert.True(start.Enabled);
        Assert.True(page.Browser.FindElement(By.Id("gate")).Displayed);

        page.Offline(false);
        start.Click();
        page.WaitForBot(text => text.StartsWith("What is it about?", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task A_link_check_that_fails_says_so_on_the_page_and_leaves_the_link_unused()
    {
        await using var page = ChatPage.Start(folder);
        var token = await PrivateLinkTests.AskForLinkAsync(page.Host, "report");
        var origin = page.Host.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);
        page.Browser.ExecuteCdpCommand("Network.enable", []);
        page.Browser.ExecuteCdpCommand("Network.setBlockedURLs", new Dictionary<string, object?> { ["urls"] = new[] { "*/chat/api/links/status" } });

        page.Browser.Navigate().GoToUrl(origin + "/private#" + token);

        var status = page.Wait.Until(d => d.FindElement(By.Id("gate-status")) is { Displayed: true, Text.Length: > 0 } shown ? shown : null)!;
        Assert.Contains("offline", status.Text, StringComparison.Ordinal);
        Assert.False(page.Browser.FindElement(By.Id("gate-start")).Displayed);
        Assert.NotNull(await page.Host.Services.GetRequiredService<ISafeLinks>().PeekAsync(token, TimeProvider.System.GetUtcNow(), default));
    }

    [BrowserFact]
    public async Task A_used_link_shows_a_clear_page_instead_of_a_start_button()
    {
        await using var page = ChatPage.Start(folder);
        var token = await PrivateLinkTests.AskForLinkAsync(page.Host, "report");
        var origin = page.Host.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);
        using (var http = new HttpClient())
        {
            (await http.PostAsync(origin + "/chat/api/sessions", new StringContent($$"""{"link":"{{token}}"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }

        page.Browser.Navigate().GoToUrl(origin + "/private#" + token);

        var gone = page.Wait.Until(d => d.FindElement(By.Id("gone")) is { Displayed: true } section ? section : null)!;
        Assert.Contains("used or has expired", gone.Text, StringComparison.Ordinal);
        Assert.Contains("Type report (or rep) in Slack or Teams", gone.Text, StringComparison.Ordinal);
        Assert.Contains("Your employer may be able to see what you do on a work device or network.", gone.Text, StringComparison.Ordinal);
        Assert.False(page.Browser.FindElement(By.Id("gate")).Displayed);
        Assert.Equal("alert", gone.GetAttribute("role"));
    }

    public void Dispose()
    {
        folder.Dispose();
        downloads.Dispose();
    }

    // After a button press the focus is on the button, where Enter would press it again.
    private static void TypeInBox(ChatPage page, string text)
    {
        page.Browser.FindElement(By.Id("message")).Click();
        page.Type(text);
    }

    private static (string Text, string Digest) Split(string file)
    {
        var marker = file.LastIndexOf("\n\nSHA-256: ", StringComparison.Ordinal);
        return (file[..marker], file[(marker + 11)..].Split('\n')[0].Trim());
    }

    // Chromium writes a .crdownload first and renames it when done, but the rename can precede the flush.
    private static async Task<string> ReadWhenCompleteAsync(string path)
    {
        for (var i = 0; i < 50; i++)
        {
            var text = await File.ReadAllTextAsync(path);
            if (text.EndsWith('\n'))
            {
                return text;
            }

            await Task.Delay(100);
        }

        return await File.ReadAllTextAsync(path);
    }
}

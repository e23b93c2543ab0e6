using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using BotHost.Tests.Teams;

namespace BotHost.Tests.SafeChannel;

// The test tenant as the employer's: report content never reaches a Connector call; a private link does.
public sealed class EmployerTeamsTests : IAsyncLifetime
{
    private const string Canary = "CANARY-T9W4";

    private readonly TempFolder folder = new();
    private FakeOpenIdIssuer issuer = null!;
    private FakeConnector connector = null!;
    private TeamsTestHost host = null!;

    public async Task InitializeAsync()
    {
        issuer = await FakeOpenIdIssuer.StartAsync();
        connector = await FakeConnector.StartAsync();
        host = TeamsTestHost.Authenticated(folder.Path, issuer, new Dictionary<string, string?> { ["Workspaces:Union:0"] = "TUNION" });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        await issuer.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Report_in_a_personal_chat_gets_an_open_url_button_to_the_private_page()
    {
        await PostAsync(Activities.Message(connector.ServiceUrl, "report"));

        var reply = await connector.NextAsync();
        var open = reply.Card!.Value.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Action.OpenUrl", open.GetProperty("type").GetString());
        Assert.Contains("/private#", open.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("admins may be able to see or export it", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_content_never_reaches_Teams_from_a_chat_a_channel_a_card_submit_or_an_invoke()
    {
        var form = new Dictionary<string, string>
        {
            ["form"] = "report",
            ["category"] = "Surveillance",
            ["employer"] = Canary + " Ltd",
            ["description"] = "Keylogger " + Canary,
            ["when"] = "since " + Canary,
            ["people"] = "Many",
            ["urgency"] = "Soon",
            ["contact"] = "Email",
            ["contactDetail"] = Canary + "@example.org",
            ["share"] = "true",
        };

        await PostAsync(Activities.Message(connector.ServiceUrl, "report"));
        await PostAsync(Activities.ChannelMention(connector.ServiceUrl, "report"));
        await PostAsync(Activities.ChannelMention(connector.ServiceUrl, "rep"));
        await PostAsync(Activities.Submit(connector.ServiceUrl, form));
        var invoke = await PostAsync(Activities.Execute(connector.ServiceUrl, form));

        var calls = new List<ConnectorCall>();
        while (calls.Count(c => c.Body.GetRawText().Contains("/private#", StringComparison.Ordinal)) < 5)
        {
            calls.Add(await connector.NextAsync());
        }

        Assert.True(await connector.QuietForAsync(TimeSpan.FromSeconds(1)));
        Assert.Contains("Got it.", await invoke.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(calls, c => c.Body.GetRawText().Contains(Canary, StringComparison.Ordinal));
        Assert.Equal(2, calls.Count(c => c.AllText.Contains("I didn't keep that", StringComparison.Ordinal)));
        Assert.DoesNotContain(Canary, host.AllLogs(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(BotHost.Teams.Schema.Activity activity) =>
        host.PostAsync(activity, issuer.Token(new TokenSpec(Activities.AppId, activity.ServiceUrl)));
}

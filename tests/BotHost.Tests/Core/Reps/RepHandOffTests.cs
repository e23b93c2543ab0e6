using BotHost.Core.Reps;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Core.Reps;

public sealed class RepHandOffTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("Acme")]
    [InlineData("ACME LTD.")]
    [InlineData("acme, ltd")]
    [InlineData("The Acme Group")]
    [InlineData("Acme Widgets UK")]
    public async Task Employers_match_whatever_the_case_and_punctuation(string typed)
    {
        await using var host = new BotHostFactory(folder.Path);
        await SeedAsync(host);

        var rep = await host.Services.GetRequiredService<IRepDirectory>().FindForEmployerAsync(typed, default);

        Assert.Equal("Priya Shah", rep?.Name);
    }

    [Fact]
    public async Task With_consent_the_rep_gets_the_handle_and_topic_and_nothing_else()
    {
        await using var host = new BotHostFactory(folder.Path);
        await SeedAsync(host);
        var worker = new EngineUser(host, "slack", "U-WORKER", userName: "jo");

        await worker.SayAsync("talk to a rep");
        await worker.SayAsync("acme ltd");
        var consent = await worker.PressAsync("rep:topic:Surveillance");
        var done = await worker.PressAsync("rep:consent:yes");

        var question = consent.Deliveries.Single().Message.Text;
        Assert.Contains("to Priya, the rep for acme ltd", question);
        Assert.Contains("- Who you are: jo (Slack ID U-WORKER)", question);
        Assert.Contains("- Topic: Surveillance and monitoring", question);
        Assert.Equal(2, done.Deliveries.Count);
        Assert.StartsWith("Done. I've sent your details to Priya", done.Deliveries[0].Message.Text);
        var handOff = done.Deliveries[1];
        Assert.Equal(("slack", "T1", "U-PRIYA"), (handOff.To.Channel, handOff.To.Workspace, handOff.To.User));
        Assert.True(handOff.To.IsDirectOpen);
        Assert.Contains("- Who: jo (Slack ID U-WORKER)", handOff.Message.Text);
        Assert.Contains("- Topic: Surveillance and monitoring", handOff.Message.Text);
    }

    [Fact]
    public async Task A_rep_only_on_teams_is_reached_on_teams()
    {
        await using var host = new BotHostFactory(folder.Path);
        await SeedAsync(host);
        var worker = new EngineUser(host, "slack", "U-WORKER");

        await worker.SayAsync("rep");
        await worker.SayAsync("Globex");
        await worker.SayAsync("my hours");
        var done = await worker.PressAsync("rep:consent:yes");

        Assert.Equal("teams", done.Deliveries[1].To.Channel);
        Assert.Equal("0f9a6c1e-3d3c-4a8b-9f1e-6a2b8c4d5e6f", done.Deliveries[1].To.User);
    }

    [Fact]
    public async Task Without_consent_nothing_is_shared()
    {
        await using var host = new BotHostFactory(folder.Path);
        await SeedAsync(host);
        var worker = new EngineUser(host, "slack", "U-WORKER");

        await worker.SayAsync("rep");
        await worker.SayAsync("Acme");
        await worker.SayAsync("pay");
        var no = await worker.PressAsync("rep:consent:no");

        var reply = Assert.Single(no.Deliveries);
        Assert.StartsWith("OK, I haven't shared anything.", reply.Message.Text);
        Assert.Equal(0, await host.Services.GetRequiredService<IRepRequestStore>().CountOpenAsync(default));
    }

    [Fact]
    public async Task With_no_rep_for_the_employer_the_request_joins_the_organisers_queue()
    {
        await using var host = new BotHostFactory(folder.Path);
        await SeedAsync(host);
        var worker = new EngineUser(host, "teams", "aad-worker", userName: "Sam Lee");

        await worker.SayAsync("rep");
        await worker.SayAsync("Umbrella plc");
        var consent = await worker.SayAsync("being watched on camera");
        var done = await worker.PressAsync("rep:consent:yes");

        Assert.Contains("to the union's organisers, because no rep is listed for Umbrella plc", consent.Deliveries.Single().Message.Text);
        Assert.StartsWith("Done. I've passed your request to the union's organisers.", done.Deliveries.Single().Message.Text);
        var queued = Assert.Single(await host.Services.GetRequiredService<IRepRequestStore>().ListOpenAsync(default));
        Assert.Equal("Umbrella plc", queued.Request.Employer);
        Assert.Equal("being watched on camera", queued.Request.Topic);
    }

    [Fact]
    public async Task In_the_web_chat_the_worker_gives_a_contact_detail_to_share()
    {
        await using var host = new BotHostFactory(folder.Path);
        await SeedAsync(host);
        var chat = await WebChatClient.StartAsync(host);

        await chat.SayAsync("rep");
        await chat.SayAsync("Acme");
        var contact = await chat.PressAsync("rep:topic:Workload");
        var consent = await chat.SayAsync("you can email me at jo@example.org");

        Assert.StartsWith("How should they reach you?", contact.Text);
        Assert.Contains("- How to reach you: jo@example.org", consent.Text);
    }

    public void Dispose() => folder.Dispose();

    internal static Task SeedAsync(BotHostFactory host) => host.Services.GetRequiredService<IRepDirectory>().ReplaceAllAsync(
    [
        new Rep("Priya Shah", ["Acme Ltd", "Acme Widgets"]) { SlackTeamId = "T1", SlackUserId = "U-PRIYA", Region = "London" },
        new Rep("Tom Okafor", ["Globex"]) { TeamsTenantId = "tenant-1", TeamsUserId = "0f9a6c1e-3d3c-4a8b-9f1e-6a2b8c4d5e6f" },
    ],
    default);
}

using BotHost.Tests.Fakes;

namespace BotHost.Tests.Infrastructure;

// A fresh host with Slack configured against its own fake Web API, for each test of a class.
public abstract class SlackHostTest : IAsyncLifetime
{
    protected TempFolder Folder { get; } = new();

    protected FakeSlackApi Fake { get; private set; } = null!;

    protected BotHostFactory Host { get; private set; } = null!;

    protected SlackClient Slack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeSlackApi.StartAsync();
        Host = SlackHost.Create(Folder, Fake);
        Slack = new SlackClient(CreateClient(Host));
    }

    // A test class can change the host's services for its requests (a test form, say).
    protected virtual HttpClient CreateClient(BotHostFactory host) => host.CreateClient();

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Fake.DisposeAsync();
        Folder.Dispose();
    }
}

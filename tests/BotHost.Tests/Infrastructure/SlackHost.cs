using BotHost.Tests.Fakes;

namespace BotHost.Tests.Infrastructure;

// A host with Slack configured against a fake Web API, single-workspace unless settings say otherwise.
public static class SlackHost
{
    public static BotHostFactory Create(TempFolder folder, FakeSlackApi fake, IDictionary<string, string?>? extra = null, TimeProvider? time = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackClient.Secret,
            ["Slack:BotToken"] = SlackClient.BotToken,
            ["Slack:ApiBaseUrl"] = fake.BaseUrl,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new BotHostFactory(folder.Path, settings, time);
    }
}

using BotHost.Core.Conversation;
using BotHost.Core.Organisers;
using BotHost.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Digests;

// `digest 7d` from an organiser in Slack (`/union digest 7d`), Teams or the web chat. In a shared
// channel the digest leaves workers' words out (and so opens none); counts and codes are fine there.
public sealed class DigestOrganiserCommand(IDigestService digests, IOptions<DigestOptions> options, TimeProvider time) : IOrganiserCommand
{
    public string Verb => "digest";

    public async Task<FeatureResult> RunAsync(TurnContext context, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var asked = arguments.Count > 0 ? arguments[0] : options.Value.Period;
        if (!DigestPeriod.TryParse(asked, out var period))
        {
            return FeatureResult.Reply(context, OutboundMessage.Say("How far back? For example: digest 7d, digest 30d or digest 4w."));
        }

        var now = time.GetUtcNow();
        var inPrivate = context.Turn.IsPrivate;
        var request = new DigestRequest(now - period, now, OrganiserFeature.Actor(context.Turn)) { WithWords = inPrivate };
        var message = DigestMessage.Create(await digests.BuildAsync(request, cancellationToken));
        if (!inPrivate)
        {
            message = message with { Text = message.Text + "\nWorkers' own words are shown only in a direct message with me." };
        }

        return FeatureResult.Reply(context, message);
    }
}

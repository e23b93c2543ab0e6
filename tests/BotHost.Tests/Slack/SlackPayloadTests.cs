using System.Text.Json;
using BotHost.Slack;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack;

public sealed class SlackPayloadTests
{
    public static TheoryData<string> Files() => [.. Directory.GetFiles(SlackPayloads.Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_recorded_payload_reads_as_its_type(string name)
    {
        var json = SlackPayloads.Load(name).ToJsonString();

        if (name is "block_actions" or "view_submission")
        {
            var interaction = JsonSerializer.Deserialize(json, SlackJson.Default.InteractionPayload)!;
            Assert.Equal(name, interaction.Type);
            Assert.Equal("T0001", interaction.TeamId);
        }
        else
        {
            var envelope = JsonSerializer.Deserialize(json, SlackJson.Default.EventEnvelope)!;
            Assert.NotNull(envelope.Type);
            if (envelope.Event is { } ev)
            {
                Assert.NotNull(ev.Deserialize(SlackJson.Default.SlackEvent)!.Type);
            }
        }
    }
}

using System.Text.Json.Serialization.Metadata;
using BotHost.Slack.BlockKit;

namespace BotHost.Tests.Slack;

internal static class SlackJsonForTests
{
    public static JsonTypeInfo<IReadOnlyList<Block>> Blocks =>
        (JsonTypeInfo<IReadOnlyList<Block>>)BotHost.Slack.SlackJson.Default.GetTypeInfo(typeof(IReadOnlyList<Block>))!;
}

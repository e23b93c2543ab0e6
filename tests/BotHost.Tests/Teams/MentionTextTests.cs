using BotHost.Teams;
using BotHost.Teams.Schema;

namespace BotHost.Tests.Teams;

public sealed class MentionTextTests
{
    private static readonly Entity BotMention = new()
    {
        Type = "mention",
        Mentioned = new ChannelAccount { Id = Activities.BotId, Name = "Union Helper" },
        Text = "<at>Union Helper</at>",
    };

    [Fact]
    public void The_bots_own_mention_is_removed()
    {
        Assert.Equal("help", MentionText.Strip("<at>Union Helper</at> help", [BotMention], Activities.BotId));
    }

    [Fact]
    public void Other_mentions_keep_the_name_without_markup_and_get_a_space()
    {
        var text = MentionText.Strip("<at>Union Helper</at> ask if <at>Tom</at>is allowed to read my email", [BotMention], Activities.BotId);

        Assert.Equal("ask if Tom is allowed to read my email", text);
    }

    [Fact]
    public void A_bot_mention_without_an_entity_is_stripped_of_markup_only()
    {
        Assert.Equal("Union Helper help", MentionText.Strip("<at>Union Helper</at> help", null, Activities.BotId));
    }

    // Found by the fuzz test: an empty entity text made string.Replace throw, and the request a 500.
    [Fact]
    public void A_bot_mention_with_empty_entity_text_falls_back_to_the_name()
    {
        Assert.Equal("help", MentionText.Strip("<at>Union Helper</at> help", [BotMention with { Text = "" }], Activities.BotId));
    }
}

using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Slack;
using BotHost.Slack.Payloads;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack;

public sealed class SlackTurnMapperTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1767225600);

    [Fact]
    public void A_DM_becomes_a_private_text_turn_keyed_on_the_event_id()
    {
        var turn = FromEvent(SlackPayloads.Message("is bossware legal?"))!;

        Assert.Equal("slack", turn.Channel);
        Assert.Equal("T0001", turn.Workspace);
        Assert.Equal("D0001", turn.Conversation);
        Assert.Equal("U0001", turn.User);
        Assert.Equal("Ev0001", turn.PlatformId);
        Assert.Equal("is bossware legal?", turn.Text);
        Assert.True(turn.IsPrivate);
    }

    [Fact]
    public void A_DM_in_a_thread_is_answered_in_that_thread()
    {
        var message = SlackPayloads.Message("help");
        message["event"]!["thread_ts"] = "1767225500.000001";

        var turn = FromEvent(message)!;

        Assert.Equal("1767225500.000001", SlackReplyContext.Parse(turn.ReplyContext).ThreadTs);
    }

    [Fact]
    public void A_mention_is_shared_and_loses_the_bots_mention()
    {
        var mention = SlackPayloads.Load("app_mention");
        mention["event"]!["text"] = "<@UBOT|union-helper> can they <b>track</b> me? cc <@U0002>";

        var turn = FromEvent(mention)!;

        Assert.False(turn.IsPrivate);
        Assert.Equal("can they <b>track</b> me? cc <@U0002>", turn.Text);
        Assert.Equal("1767225700.000500", SlackReplyContext.Parse(turn.ReplyContext).ThreadTs);
    }

    [Theory]
    [InlineData("<@UBOT>")]
    [InlineData("  <@UBOT>   ")]
    public void A_bare_mention_asks_for_help(string text)
    {
        var mention = SlackPayloads.Load("app_mention");
        mention["event"]!["text"] = text;

        Assert.Equal("help", FromEvent(mention)!.Text);
    }

    [Theory]
    [InlineData("message_changed")]
    [InlineData("channel_join")]
    [InlineData("message_deleted")]
    public void Message_subtypes_that_are_not_user_text_are_not_turns(string subtype)
    {
        var message = SlackPayloads.Message("help");
        message["event"]!["subtype"] = subtype;

        Assert.Null(FromEvent(message));
    }

    [Fact]
    public void A_file_share_with_text_is_a_turn()
    {
        var message = SlackPayloads.Message("here is the policy");
        message["event"]!["subtype"] = "file_share";

        Assert.Equal("here is the policy", FromEvent(message)!.Text);
    }

    [Fact]
    public void A_channel_message_that_is_not_a_mention_is_not_a_turn()
    {
        var message = SlackPayloads.Message("help");
        message["event"]!["channel_type"] = "channel";

        Assert.Null(FromEvent(message));
    }

    [Fact]
    public void The_home_tab_opening_is_a_home_turn_but_the_messages_tab_is_not()
    {
        var home = SlackPayloads.Load("app_home_opened");

        Assert.Equal(TurnKind.HomeOpened, FromEvent(home)!.Kind);
        home["event"]!["tab"] = "messages";
        Assert.Null(FromEvent(home));
    }

    [Theory]
    [InlineData("ask is bossware legal", "ask is bossware legal")]
    [InlineData("  forget-me ", "forget-me")]
    [InlineData("", "help")]
    [InlineData(null, "help")]
    public void Slash_command_text_is_the_subcommand(string? text, string expected)
    {
        Assert.Equal(expected, SlackTurnMapper.CommandText(text));
    }

    [Theory]
    [InlineData("directmessage", true)]
    [InlineData("general", false)]
    [InlineData("privategroup", false)]
    public void Slash_commands_are_private_only_in_a_DM_and_always_answered_ephemerally(string channelName, bool isPrivate)
    {
        var command = new SlashCommand("T0001", "C0001", channelName, "U0001", "worker", "/union", "rep", "https://hooks.slack.com/commands/T0001/1/abc", "1.2.abc", "A0001");

        var turn = SlackTurnMapper.FromCommand(command, Now)!;

        Assert.Equal(isPrivate, turn.IsPrivate);
        Assert.Equal("rep", turn.Text);
        var context = SlackReplyContext.Parse(turn.ReplyContext);
        Assert.True(context.Ephemeral);
        Assert.Equal("https://hooks.slack.com/commands/T0001/1/abc", context.ResponseUrl);
        Assert.StartsWith("cmd:", turn.PlatformId);
        Assert.DoesNotContain("U0001", turn.PlatformId);
    }

    [Fact]
    public void A_click_becomes_an_action_turn_whose_id_does_not_show_the_user()
    {
        var payload = Interaction(SlackPayloads.Click("faq:bossware"));

        var turn = SlackTurnMapper.FromAction(payload, payload.Actions![0], Now)!;

        Assert.Equal("faq:bossware", turn.Action);
        Assert.Equal("D0001", turn.Conversation);
        Assert.True(turn.IsPrivate);
        Assert.StartsWith("act:", turn.PlatformId);
        Assert.DoesNotContain("U0001", turn.PlatformId);
    }

    [Fact]
    public void A_click_on_an_ephemeral_message_is_answered_through_its_response_url()
    {
        var click = SlackPayloads.Click("help");
        click["container"]!["is_ephemeral"] = true;
        click["container"]!["channel_id"] = "C0001";
        var payload = Interaction(click);

        var turn = SlackTurnMapper.FromAction(payload, payload.Actions![0], Now)!;

        Assert.False(turn.IsPrivate);
        var context = SlackReplyContext.Parse(turn.ReplyContext);
        Assert.True(context.Ephemeral);
        Assert.Equal("https://hooks.slack.com/actions/T0001/1/abc", context.ResponseUrl);
    }

    [Fact]
    public void A_submitted_modal_becomes_a_form_turn()
    {
        var payload = Interaction(SlackPayloads.Load("view_submission"));
        var values = new Dictionary<string, string> { ["what"] = "My manager reads our DMs" };

        var turn = SlackTurnMapper.FromSubmission(payload, new FormMetadata("testform", "D0001"), values, Now)!;

        Assert.Equal("testform", turn.Form!["form"]);
        Assert.Equal("My manager reads our DMs", turn.Form["what"]);
        Assert.Equal("D0001", turn.Conversation);
        Assert.Equal("view:V0001", turn.PlatformId);
        Assert.True(turn.IsPrivate);
    }

    private static Turn? FromEvent(System.Text.Json.Nodes.JsonObject json)
    {
        var envelope = JsonSerializer.Deserialize(json.ToJsonString(), SlackJson.Default.EventEnvelope)!;
        var ev = envelope.Event!.Value.Deserialize(SlackJson.Default.SlackEvent)!;
        return SlackTurnMapper.FromEvent(envelope, ev, envelope.BotUserId, Now);
    }

    private static InteractionPayload Interaction(System.Text.Json.Nodes.JsonObject json) =>
        JsonSerializer.Deserialize(json.ToJsonString(), SlackJson.Default.InteractionPayload)!;
}

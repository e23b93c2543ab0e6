using System.Text.Json;
using BotHost.Core.Privacy;
using BotHost.Core.Turns;
using BotHost.Teams;
using BotHost.Teams.Conversations;
using BotHost.Teams.Schema;
using Microsoft.Extensions.Time.Testing;

namespace BotHost.Tests.Teams;

public sealed class ActivityTurnMapperTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly ActivityTurnMapper mapper = new(
        new Keyring(new MasterKeys(new byte[32]), new byte[32], Enumerable.Repeat((byte)7, 32).ToArray()),
        new FakeTimeProvider());

    [Fact]
    public void A_personal_message_maps_to_a_private_turn_of_the_aad_user_in_the_tenant()
    {
        var turn = mapper.Message(Activities.Message(ServiceUrl, "help", id: "1001"))!;

        Assert.Equal("teams", turn.Channel);
        Assert.Equal(Activities.Tenant, turn.Workspace);
        Assert.Equal(Activities.PersonalChat, turn.Conversation);
        Assert.Equal(Activities.AadObjectId, turn.User);
        Assert.Equal("Sam Worker", turn.UserName);
        Assert.True(turn.IsPrivate);
        Assert.Equal("help", turn.Text);
        Assert.EndsWith(":1001", turn.PlatformId, StringComparison.Ordinal);
        Assert.DoesNotContain(Activities.PersonalChat, turn.PlatformId, StringComparison.Ordinal);
        var context = ReplyContext.Parse(turn.ReplyContext)!;
        Assert.Equal((ServiceUrl, "1001", Activities.BotId), (context.ServiceUrl, context.ActivityId, context.BotId));
    }

    [Fact]
    public void The_tenant_falls_back_to_the_conversation_then_to_emulator()
    {
        var fromConversation = Activities.Message(ServiceUrl, "hi") with { ChannelData = null };
        var emulator = fromConversation with { ChannelId = "emulator", Conversation = new ConversationAccount { Id = "c1" } };

        Assert.Equal(Activities.Tenant, ActivityTurnMapper.Workspace(fromConversation));
        Assert.Equal("emulator", ActivityTurnMapper.Workspace(emulator));
        Assert.True(ActivityTurnMapper.IsPrivate(emulator));
    }

    [Fact]
    public void A_channel_message_is_shared()
    {
        var turn = mapper.Message(Activities.ChannelMention(ServiceUrl, "help"))!;

        Assert.False(turn.IsPrivate);
        Assert.Equal("help", turn.Text);
    }

    [Fact]
    public void A_button_submit_becomes_an_action_and_a_form_submit_becomes_string_fields()
    {
        var button = mapper.Message(Activities.Submit(ServiceUrl, new { action = "forgetme:confirm" }))!;
        var form = mapper.Message(Activities.Submit(ServiceUrl, new { form = "report", what = "CCTV in the toilets", anon = "true", count = 3, msteams = new { type = "x" } }))!;

        Assert.Equal("forgetme:confirm", button.Action);
        Assert.Null(button.Text);
        Assert.Equal(new Dictionary<string, string> { ["form"] = "report", ["what"] = "CCTV in the toilets", ["anon"] = "true" }, form.Form);
    }

    [Fact]
    public void A_personal_install_welcomes_the_installing_user_once()
    {
        var turns = mapper.Joined(Activities.BotInstalled(ServiceUrl, id: "f:1"));

        var turn = Assert.Single(turns);
        Assert.Equal(TurnKind.Joined, turn.Kind);
        Assert.Equal(Activities.AadObjectId, turn.User);
    }

    [Fact]
    public void The_bot_added_to_a_team_welcomes_no_one_but_new_members_are_welcomed()
    {
        var team = Activities.ChannelMention(ServiceUrl, "") with { Type = ActivityTypes.ConversationUpdate, Text = null, Entities = null };

        var botAdded = mapper.Joined(team with { MembersAdded = [new ChannelAccount { Id = Activities.BotId }] });
        var membersAdded = mapper.Joined(team with
        {
            MembersAdded = [new ChannelAccount { Id = "29:a", AadObjectId = "aad-a" }, new ChannelAccount { Id = "29:b" }],
        });

        Assert.Empty(botAdded);
        Assert.Equal(["aad-a", "29:b"], membersAdded.Select(t => t.User));
        Assert.Equal(2, membersAdded.Select(t => t.PlatformId).Distinct().Count());
    }

    [Fact]
    public void Action_execute_data_maps_like_a_submit()
    {
        var data = JsonSerializer.SerializeToElement(new { action = "help" });

        var turn = mapper.Execute(Activities.Message(ServiceUrl, null), SubmitValue.Read(data))!;

        Assert.Equal("help", turn.Action);
    }
}

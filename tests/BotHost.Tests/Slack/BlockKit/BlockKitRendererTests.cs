using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Slack;
using BotHost.Slack.BlockKit;

namespace BotHost.Tests.Slack.BlockKit;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void Text_becomes_mrkdwn_sections_and_choices_become_buttons()
    {
        var message = OutboundMessage.Say("**Hi** & welcome", new Choice("Ask", "faq") { Style = ChoiceStyle.Primary }, new Choice("Forget me", "forgetme") { Style = ChoiceStyle.Danger });

        var rendered = Assert.Single(BlockKitRenderer.Render(message));

        var section = Assert.IsType<SectionBlock>(rendered.Blocks[0]);
        Assert.Equal(TextObject.Mrkdwn("*Hi* &amp; welcome"), section.Text);
        var actions = Assert.IsType<ActionsBlock>(rendered.Blocks[1]);
        var buttons = actions.Elements.Cast<ButtonElement>().ToList();
        Assert.Equal(["faq", "forgetme"], buttons.Select(b => b.Value));
        Assert.Equal(["primary", "danger"], buttons.Select(b => b.Style));
        Assert.Equal(2, buttons.Select(b => b.ActionId).Distinct().Count());
        Assert.Equal("*Hi* &amp; welcome", rendered.Text);
    }

    [Fact]
    public void Fact_groups_become_sections_with_fields_ten_at_a_time()
    {
        var facts = Enumerable.Range(1, 12).Select(i => new Fact($"Category {i}", $"{i} <reports>")).ToList();
        var message = OutboundMessage.Say("Digest") with { Facts = [new FactGroup("By category", facts)] };

        var blocks = BlockKitRenderer.Render(message)[0].Blocks.OfType<SectionBlock>().Where(b => b.Fields is not null).ToList();

        Assert.Equal([10, 2], blocks.Select(b => b.Fields!.Count));
        Assert.Equal("*By category*", blocks[0].Text.Text);
        Assert.Equal("*Category 1*\n1 &lt;reports&gt;", blocks[0].Fields![0].Text);
    }

    [Fact]
    public void Buttons_go_five_to_a_row()
    {
        var choices = Enumerable.Range(0, 12).Select(i => new Choice($"Option {i}", $"v{i}")).ToArray();

        var blocks = BlockKitRenderer.Render(OutboundMessage.Say("Pick one", choices))[0].Blocks;

        Assert.Equal([5, 5, 2], blocks.OfType<ActionsBlock>().Select(a => a.Elements.Count));
    }

    [Fact]
    public void Link_and_form_choices_have_their_own_action_ids()
    {
        var message = OutboundMessage.Say("Go", Choice.Link("Join", "https://example.org/join"), new Choice("Report", "report") { FormId = "report" });

        var buttons = BlockKitRenderer.Render(message)[0].Blocks.OfType<ActionsBlock>().Single().Elements.Cast<ButtonElement>().ToList();

        Assert.Equal("https://example.org/join", buttons[0].Url);
        Assert.StartsWith(BlockKitRenderer.LinkPrefix, buttons[0].ActionId);
        Assert.Equal("report", BlockKitRenderer.FormId(buttons[1].ActionId));
        Assert.Equal("report", buttons[1].Value);
    }

    [Fact]
    public void A_form_in_a_message_becomes_a_button_that_opens_it()
    {
        var message = new OutboundMessage { Text = "Tell us what happened.", Form = new Form("report", "Report a problem", []) };

        var button = BlockKitRenderer.Render(message)[0].Blocks.OfType<ActionsBlock>().Single().Elements.Cast<ButtonElement>().Single();

        Assert.Equal("report", BlockKitRenderer.FormId(button.ActionId));
        Assert.Equal("Report a problem", button.Text.Text);
    }

    [Fact]
    public void Button_labels_are_cut_to_Slacks_limit()
    {
        var message = OutboundMessage.Say("x", new Choice(new string('b', 200), "v"));

        var button = (ButtonElement)BlockKitRenderer.Render(message)[0].Blocks.OfType<ActionsBlock>().Single().Elements[0];

        Assert.Equal(75, button.Text.Text.Length);
    }

    [Fact]
    public void Very_long_text_is_split_into_sections_and_messages_within_limits()
    {
        var paragraph = new string('x', 2900);
        var message = OutboundMessage.Say(string.Join('\n', Enumerable.Repeat(paragraph, 60)), new Choice("Menu", "help"));

        var messages = BlockKitRenderer.Render(message);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.True(m.Blocks.Count <= 50));
        Assert.All(messages.SelectMany(m => m.Blocks).OfType<SectionBlock>(), s => Assert.True(s.Text.Text.Length <= 3000));
        Assert.Equal(60, messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().Count());
        Assert.IsType<ActionsBlock>(messages[^1].Blocks[^1]);
    }

    [Fact]
    public void The_home_view_is_a_home_with_the_menu()
    {
        var view = BlockKitRenderer.RenderHome(OutboundMessage.Say("**Helper**", new Choice("Ask", "faq")));

        Assert.Equal("home", view.Type);
        Assert.Null(view.Submit);
        Assert.IsType<ActionsBlock>(view.Blocks[^1]);
    }

    [Fact]
    public void Blocks_serialise_with_slacks_type_names_and_no_nulls()
    {
        var message = OutboundMessage.Say("hi", new Choice("Ask", "faq"));

        var json = JsonSerializer.Serialize(BlockKitRenderer.Render(message)[0].Blocks, SlackJsonForTests.Blocks);

        Assert.Equal(
            """[{"type":"section","text":{"type":"mrkdwn","text":"hi"}},{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Ask"},"action_id":"choice:0","value":"faq"}]}]""",
            json);
    }

    [Fact]
    public void An_empty_message_renders_as_nothing()
    {
        Assert.Empty(BlockKitRenderer.Render(OutboundMessage.Say("  ")));
    }
}

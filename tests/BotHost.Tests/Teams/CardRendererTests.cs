using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Teams;
using BotHost.Teams.AdaptiveCards;

namespace BotHost.Tests.Teams;

public sealed class CardRendererTests
{
    private static readonly Form Report = new("report", "Report a problem",
    [
        new FormField("what", "What happened?", FieldKind.LongText) { Required = true, MaxLength = 2000, Value = "They read my messages" },
        new FormField("where", "Where?", FieldKind.Choice) { Options = [new Choice("Office", "office"), new Choice("Home", "home")] },
        new FormField("when", "When?", FieldKind.Date) { Value = "2026-11-02" },
        new FormField("anon", "Stay anonymous", FieldKind.Toggle) { Hint = "Keep my name out of it" },
        new FormField("name", "Name", FieldKind.Text),
    ])
    {
        Errors = new Dictionary<string, string> { ["where"] = "Please choose where it happened." },
    };

    [Fact]
    public void A_plain_message_goes_as_markdown_text_with_paragraphs_and_one_list()
    {
        var activity = MessageRenderer.Render(OutboundMessage.Say("**Done.** I deleted:\n- 1 report\n- 2 chats\nSee [privacy](https://example.org)."));

        Assert.Null(activity.Attachments);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Equal("**Done.** I deleted:\n\n- 1 report\n- 2 chats\n\nSee [privacy](https://example.org).", activity.Text);
    }

    [Fact]
    public void Fact_groups_become_a_titled_fact_set()
    {
        var card = Json(OutboundMessage.Say("Digest") with { Facts = [new FactGroup("By category", [new Fact("Surveillance", "12"), new Fact("Other", "fewer than 3")])] });

        var body = card.GetProperty("body");
        var title = body.EnumerateArray().First(e => e.GetProperty("type").GetString() == "TextBlock" && e.GetProperty("text").GetString() == "By category");
        var factSet = body.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "FactSet");
        Assert.Equal("bolder", title.GetProperty("weight").GetString());
        Assert.Equal("Other", factSet.GetProperty("facts")[1].GetProperty("title").GetString());
        Assert.Equal("fewer than 3", factSet.GetProperty("facts")[1].GetProperty("value").GetString());
    }

    [Fact]
    public void Choices_become_submit_buttons_and_links_open_urls()
    {
        var card = Json(OutboundMessage.Say("Pick one", new Choice("Delete", "forgetme:confirm") { Style = ChoiceStyle.Danger }, Choice.Link("Join", "https://example.org/join")));

        var actions = card.GetProperty("actions");
        Assert.Equal("Action.Submit", actions[0].GetProperty("type").GetString());
        Assert.Equal("forgetme:confirm", actions[0].GetProperty("data").GetProperty("action").GetString());
        Assert.False(actions[0].TryGetProperty("style", out _));
        Assert.Equal("Action.OpenUrl", actions[1].GetProperty("type").GetString());
        Assert.Equal("https://example.org/join", actions[1].GetProperty("url").GetString());
    }

    [Fact]
    public void A_form_becomes_labelled_inputs_with_its_errors_in_red_above_them()
    {
        var card = Json(new OutboundMessage { Text = "Tell me what happened.", Form = Report, Choices = [new Choice("Cancel", "report:cancel")] });
        var body = card.GetProperty("body").EnumerateArray().ToList();
        var types = body.Select(e => e.GetProperty("type").GetString()).ToList();

        Assert.Equal(["TextBlock", "TextBlock", "TextBlock", "Input.Text", "Input.ChoiceSet", "Input.Date", "Input.Toggle", "Input.Text"], types);
        Assert.Equal("attention", body[2].GetProperty("color").GetString());
        Assert.Equal("Please choose where it happened.", body[2].GetProperty("text").GetString());
        Assert.True(body[3].GetProperty("isMultiline").GetBoolean());
        Assert.Equal(2000, body[3].GetProperty("maxLength").GetInt32());
        Assert.True(body[3].GetProperty("isRequired").GetBoolean());
        Assert.Equal("They read my messages", body[3].GetProperty("value").GetString());
        Assert.Equal("compact", body[4].GetProperty("style").GetString());
        Assert.Equal("home", body[4].GetProperty("choices")[1].GetProperty("value").GetString());
        Assert.Equal("Please choose where it happened.", body[4].GetProperty("errorMessage").GetString());
        Assert.Equal("2026-11-02", body[5].GetProperty("value").GetString());
        Assert.Equal("Keep my name out of it", body[6].GetProperty("title").GetString());
        Assert.Equal("Stay anonymous", body[6].GetProperty("label").GetString());
        var actions = card.GetProperty("actions");
        Assert.Equal("report", actions[0].GetProperty("data").GetProperty("form").GetString());
        Assert.Equal("none", actions[1].GetProperty("associatedInputs").GetString());
    }

    [Fact]
    public void Cards_use_schema_version_one_point_five()
    {
        var card = Json(OutboundMessage.Say("Pick one", new Choice("Yes", "yes")));

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(AdaptiveCard.SchemaUrl, card.GetProperty("$schema").GetString());
    }

    private static JsonElement Json(OutboundMessage message)
    {
        var activity = MessageRenderer.Render(message);
        Assert.Equal("application/vnd.microsoft.card.adaptive", activity.Attachments![0].ContentType);
        return activity.Attachments[0].Content!.Value;
    }
}

using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.DirectLine;

namespace BotHost.Tests.DirectLine;

public sealed class DirectLineRendererTests
{
    [Fact]
    public void Choices_become_message_back_suggested_actions_and_links_open_urls()
    {
        var message = OutboundMessage.Say("Pick one\n- first\n- second", new Choice("Join the union", "join"), Choice.Link("Read more", "https://example.org/rights"));

        var activity = DirectLineRenderer.Render(message);

        Assert.Equal("Pick one\n\n- first\n- second", activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
        var actions = activity.SuggestedActions!.Actions;
        Assert.Equal("messageBack", actions[0].Type);
        Assert.Equal("Join the union", actions[0].DisplayText);
        Assert.Equal("join", actions[0].Value!.Value.GetProperty("action").GetString());
        Assert.Equal("openUrl", actions[1].Type);
        Assert.Equal("https://example.org/rights", actions[1].Value!.Value.GetString());
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void A_form_is_the_same_adaptive_card_as_in_teams()
    {
        var form = new Form("report", "Report", [new FormField("employer", "Employer", FieldKind.Text) { Required = true }]);
        var message = new OutboundMessage { Text = "Fill in what you can.", Form = form, Choices = [new Choice("Cancel", "cancel")] };

        var activity = DirectLineRenderer.Render(message);

        var card = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var json = card.Content!.Value.GetRawText();
        Assert.Contains("\"Input.Text\"", json, StringComparison.Ordinal);
        Assert.Contains("\"form\":\"report\"", json, StringComparison.Ordinal);
        Assert.Null(activity.SuggestedActions);
    }

    [Fact]
    public void A_receipt_comes_as_text_to_read_and_a_file_to_download()
    {
        var receipt = new Receipt("K7P2Q9", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "Report K7P2Q9\nAbout: monitoring", "ab12") { Key = "secret-key" };
        var message = OutboundMessage.Say("Sent.", new Choice("Main menu", "help")) with { Receipt = receipt };

        var activity = DirectLineRenderer.Render(message);

        Assert.Equal(2, activity.Attachments!.Count);
        Assert.All(activity.Attachments, a => Assert.Equal("receipt-K7P2Q9.txt", a.Name));
        Assert.Equal(receipt.File, activity.Attachments[0].Content!.Value.GetString());
        var url = activity.Attachments[1].ContentUrl!;
        Assert.StartsWith("data:text/plain;charset=utf-8;base64,", url, StringComparison.Ordinal);
        Assert.Equal(receipt.File, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..])));
        Assert.NotNull(activity.SuggestedActions);
    }

    [Fact]
    public void The_activity_serialises_with_bot_framework_names()
    {
        var activity = DirectLineRenderer.Render(OutboundMessage.Say("Hi", new Choice("Help", "help")));

        var json = JsonSerializer.Serialize(activity, DirectLineJson.Default.Activity);

        Assert.Contains("\"suggestedActions\":{\"actions\":[{\"type\":\"messageBack\",\"title\":\"Help\",\"value\":{\"action\":\"help\"},\"displayText\":\"Help\",\"text\":\"Help\"}]}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }
}

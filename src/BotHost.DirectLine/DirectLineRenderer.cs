using System.Text;
using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Teams;
using BotHost.Teams.AdaptiveCards;
using BotHost.Teams.Schema;

namespace BotHost.DirectLine;

// A core message as a Direct Line activity. Text is Markdown (Web Chat renders it); choices are suggested
// actions under it; a form or fact groups make the same Adaptive Card as in Teams; a receipt is a plain text
// attachment to read and copy, and the same text as a file to download.
public static class DirectLineRenderer
{
    public static Activity Render(OutboundMessage message)
    {
        var activity = message.Form is not null || message.Facts.Count > 0
            ? MessageRenderer.Render(message)
            : new Activity
            {
                Type = ActivityTypes.Message,
                Text = CardText.Markdown(message.Text),
                TextFormat = "markdown",
                SuggestedActions = message.Choices.Count == 0 ? null : new SuggestedActions([.. message.Choices.Select(Suggested)]),
            };
        return message.Receipt is { } receipt ? activity with { Attachments = [.. activity.Attachments ?? [], .. Receipt(receipt)] } : activity;
    }

    // messageBack rather than imBack or postBack: the transcript shows the button's label as the user's answer
    // (postBack shows nothing), and the value comes back as {"action": value} (imBack would send it as text).
    // Text is the label too, since Web Chat hides a message with no text; the value wins over it.
    private static SuggestedAction Suggested(Choice choice) => choice.Url is { } url
        ? new SuggestedAction { Type = "openUrl", Title = choice.Label, Value = JsonSerializer.SerializeToElement(url, DirectLineJson.Default.String) }
        : new SuggestedAction
        {
            Type = "messageBack",
            Title = choice.Label,
            DisplayText = choice.Label,
            Text = choice.Label,
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["action"] = choice.Value }, DirectLineJson.Default.DictionaryStringString),
        };

    private static Attachment[] Receipt(Receipt receipt)
    {
        var name = $"receipt-{receipt.Code}.txt";
        return
        [
            new Attachment { ContentType = "text/plain", Name = name, Content = JsonSerializer.SerializeToElement(receipt.File, DirectLineJson.Default.String) },
            new Attachment { ContentType = "text/plain", Name = name, ContentUrl = "data:text/plain;charset=utf-8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(receipt.File)) },
        ];
    }
}

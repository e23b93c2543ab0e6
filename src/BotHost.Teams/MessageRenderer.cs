using System.Text.Json;
using BotHost.Core.Turns;
using BotHost.Teams.AdaptiveCards;
using BotHost.Teams.Schema;

namespace BotHost.Teams;

// A core message as a Teams activity: plain Markdown text when there is nothing to press, otherwise an
// Adaptive Card carrying the buttons or the form.
public static class MessageRenderer
{
    public static Activity Render(OutboundMessage message)
    {
        if (message.Choices.Count == 0 && message.Form is null && message.Facts.Count == 0)
        {
            return new Activity { Type = ActivityTypes.Message, Text = CardText.Markdown(message.Text), TextFormat = "markdown" };
        }

        var card = JsonSerializer.SerializeToElement(CardRenderer.Render(message), TeamsJson.Default.AdaptiveCard);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = card }],
        };
    }
}

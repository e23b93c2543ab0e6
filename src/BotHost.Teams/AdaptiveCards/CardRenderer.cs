using BotHost.Core.Turns;

namespace BotHost.Teams.AdaptiveCards;

// A core message as an Adaptive Card: its text as TextBlocks, fact groups as FactSets, a form as inputs (errors in red above them),
// and each choice as a button whose data comes back as {"action": value} or, for the form's own button,
// {"form": id} merged with the inputs.
public static class CardRenderer
{
    public static AdaptiveCard Render(OutboundMessage message)
    {
        var body = new List<CardElement>();
        body.AddRange(CardText.Paragraphs(message.Text).Select(p => new TextBlock(p)));
        foreach (var group in message.Facts)
        {
            body.Add(new TextBlock(group.Title) { Weight = "bolder" });
            body.Add(new FactSet([.. group.Facts.Select(f => new CardFact(f.Label, f.Value))]));
        }

        var actions = new List<CardAction>();
        if (message.Form is { } form)
        {
            body.AddRange(FormRenderer.Render(form));
            actions.Add(new ActionSubmit(form.SubmitLabel, new Dictionary<string, string> { ["form"] = form.Id }));
        }

        actions.AddRange(message.Choices.Select(c => Action(c, hasForm: message.Form is not null)));
        return new AdaptiveCard { Body = body, Actions = actions.Count == 0 ? null : actions };
    }

    private static CardAction Action(Choice choice, bool hasForm) => choice.Url is { } url
        ? new ActionOpenUrl(choice.Label, url)
        : new ActionSubmit(choice.Label, new Dictionary<string, string> { ["action"] = choice.Value })
        {
            // A "Cancel" beside a form must not be blocked by the form's required fields.
            AssociatedInputs = hasForm ? "none" : null,
        };
}

using BotHost.Core.Conversation;
using BotHost.Core.Together;
using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

public static class ReportSummary
{
    private const int DescriptionPreview = 300;

    public static OutboundMessage Confirm(DialogState state, TogetherTerms terms)
    {
        var category = Enum.Parse<ReportCategory>(state["category"]!);
        var people = Enum.Parse<PeopleBand>(state["people"]!);
        var urgency = Enum.Parse<Urgency>(state["urgency"]!);
        var contact = Enum.Parse<ContactMethod>(state["contact"]!);
        var delivery = Enum.Parse<ReportDelivery>(state["delivery"] ?? nameof(ReportDelivery.Now));
        var expiry = state["expiry"] is { } chosen ? Enum.Parse<WaitExpiry>(chosen) : (WaitExpiry?)null;
        var description = state["description"]!;
        if (description.Length > DescriptionPreview)
        {
            description = description[..DescriptionPreview] + "…";
        }

        var contactLine = contact switch
        {
            ContactMethod.None => "No",
            ContactMethod.Chat => "Yes, in this chat",
            _ => $"Yes, {state["contactDetail"]}",
        };
        var text = string.Join('\n',
            "Here's your report:",
            $"- **About:** {ReportChoices.Label(ReportChoices.Categories, category)}",
            $"- **Where:** {state["employer"]}",
            $"- **What happened:** {description}",
            $"- **When:** {state["when"]}{(state["whenText"] is { } resolved ? $" ({resolved})" : "")}",
            $"- **People affected:** {ReportChoices.Label(ReportChoices.People, people)}",
            $"- **Urgency:** {ReportChoices.Label(ReportChoices.Urgencies, urgency)}",
            $"- **How it travels:** {TogetherText.Summary(delivery, expiry, terms)}",
            $"- **Rep to contact you:** {contactLine}",
            "",
            delivery switch
            {
                ReportDelivery.Count => "It only adds to the totals organisers see. Nobody reads it on its own.",
                ReportDelivery.Together => "Nobody sees it while it waits. Once it's released, organisers see anonymous totals. If you choose **Send and share my words**, they can also read what you wrote, with emails, phone numbers and links taken out.",
                _ => "Organisers only see anonymous totals. If you choose **Send and share my words**, they can also read what you wrote, with emails, phone numbers and links taken out.",
            });
        Choice[] share = delivery == ReportDelivery.Count ? [] : [new Choice("Send and share my words", "report:confirm-share")];
        return OutboundMessage.Say(
            text,
            [new Choice("Send", "report:confirm") { Style = ChoiceStyle.Primary }, .. share, ReportQuestions.Back, ReportQuestions.Cancel]);
    }
}

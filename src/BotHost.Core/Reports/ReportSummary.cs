using BotHost.Core.Conversation;
using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

public static class ReportSummary
{
    private const int DescriptionPreview = 300;

    public static OutboundMessage Confirm(DialogState state)
    {
        var category = Enum.Parse<ReportCategory>(state["category"]!);
        var people = Enum.Parse<PeopleBand>(state["people"]!);
        var urgency = Enum.Parse<Urgency>(state["urgency"]!);
        var contact = Enum.Parse<ContactMethod>(state["contact"]!);
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
            $"- **Rep to contact you:** {contactLine}",
            "",
            "Organisers only see anonymous totals. If you choose **Send and share my words**, they can also read what you wrote, with emails, phone numbers and links taken out.");
        return OutboundMessage.Say(
            text,
            new Choice("Send", "report:confirm") { Style = ChoiceStyle.Primary },
            new Choice("Send and share my words", "report:confirm-share"),
            ReportQuestions.Back,
            ReportQuestions.Cancel);
    }
}

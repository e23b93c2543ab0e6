using BotHost.Core.Conversation;
using BotHost.Core.Together;
using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

// What the bot asks at each step: one short question, and buttons wherever there is a fixed set of answers.
public static class ReportQuestions
{
    public static readonly Choice Back = new("Back", "report:back");
    public static readonly Choice Cancel = new("Cancel", "report:cancel");

    public static OutboundMessage Ask(ReportStep step, DialogState state, bool onOwnPage, TogetherTerms terms) => step switch
    {
        ReportStep.Category => Say("What is it about?", ReportChoices.Buttons(ReportChoices.Categories, "category")),
        ReportStep.Employer => Say("Which employer or workplace is this about?"),
        ReportStep.Description => Say("What happened? Tell me in your own words. You can leave out people's names."),
        ReportStep.When => Say(
            "When did it happen? For example: yesterday, last Tuesday, since January.",
            new Choice("Today", "report:when:today"),
            new Choice("This week", "report:when:this week"),
            new Choice("It's ongoing", "report:when:ongoing"),
            new Choice("Not sure", "report:when:not sure")),
        ReportStep.People => Say("Roughly how many people are affected?", ReportChoices.Buttons(ReportChoices.People, "people")),
        ReportStep.Urgency => Say("How urgent is it?", ReportChoices.Buttons(ReportChoices.Urgencies, "urgency")),
        ReportStep.Delivery => Say(TogetherText.DeliveryQuestion(terms), ReportChoices.Buttons(TogetherChoices.Delivery, "delivery")),
        ReportStep.Expiry => Say(TogetherText.ExpiryQuestion(terms), ReportChoices.Buttons(TogetherChoices.Expiry, "expiry")),
        ReportStep.Contact => Say(
            "Would you like a rep to get in touch?",
            [.. ReportChoices.Buttons(ReportChoices.Contact, "contact").Where(c => !onOwnPage || c.Value != "report:contact:Chat")]),
        ReportStep.ContactDetail => Say(state["contact"] == nameof(ContactMethod.Phone)
            ? "What number should they call? Only the rep will see it."
            : "What email address should they use? Only the rep will see it."),
        _ => ReportSummary.Confirm(state, terms),
    };

    public static OutboundMessage Help(ReportStep step) => OutboundMessage.Say(
        step switch
        {
            ReportStep.Category => "Pick the closest topic. If none fits, choose Something else.",
            ReportStep.Employer => "The company or organisation you work for, or the site. It helps us spot problems that affect many people.",
            ReportStep.Description => "A few sentences is enough: what happened, and how it affects you. Don't include anything you're not comfortable sharing.",
            ReportStep.When => "A rough answer is fine: a date, \"last week\", \"since March\", or \"it's ongoing\".",
            ReportStep.People => "Your best guess is fine. It helps us see how widespread this is.",
            ReportStep.Urgency => "Urgent means someone is at risk now. If someone is in immediate danger, call 999.",
            ReportStep.Delivery => "Send now if you are happy for organisers to see it. Count only if you just want it to count. " +
                "Wait for others if you'd rather not be the only one: nobody sees it until colleagues report the same thing.",
            ReportStep.Expiry => "A waiting report is never shown on its own. This decides what happens if not enough people report in time.",
            ReportStep.Contact => "A rep is a trained union member who can advise you. They only contact you if you say yes.",
            ReportStep.ContactDetail => "Only the rep handling your report will see this.",
            _ => "Check the summary. Nothing is sent until you choose Send.",
        } + "\nType back to change your last answer, or cancel to stop. Nothing is saved until you send it.",
        Back,
        Cancel);

    private static OutboundMessage Say(string text, params Choice[] choices) =>
        OutboundMessage.Say(text, [.. choices, Cancel]);
}

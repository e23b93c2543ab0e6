using BotHost.Core.Conversation;
using BotHost.Core.Reports;
using BotHost.Core.Turns;

namespace BotHost.Core.Together;

// What workers and organisers are told about reports that wait for others. Never report text.
public static class TogetherText
{
    public static readonly Choice TalkToRep = new("Talk to a rep", Intent.Action(IntentKind.Rep)) { Style = ChoiceStyle.Primary };
    public static readonly Choice Join = new("Join the union", Intent.Action(IntentKind.Join));

    public static string DeliveryQuestion(TogetherTerms terms) => string.Join('\n',
        "How should your report travel?",
        $"- **Send now:** {TogetherChoices.Explain(ReportDelivery.Now, terms)}",
        $"- **Count only:** {TogetherChoices.Explain(ReportDelivery.Count, terms)}",
        $"- **Wait for others:** {TogetherChoices.Explain(ReportDelivery.Together, terms)}");

    public static string ExpiryQuestion(TogetherTerms terms) => $"If not enough people report within {terms.Wait}:";

    // The summary line: what the worker chose, in their words.
    public static string Summary(ReportDelivery delivery, WaitExpiry? expiry, TogetherTerms terms) => delivery switch
    {
        ReportDelivery.Now => "Send now",
        ReportDelivery.Count => "Count only",
        _ => $"Wait until {terms.Threshold} people (you included) report it; after {terms.Wait}, {(expiry == WaitExpiry.Delete ? "delete it" : "count it only")}",
    };

    // The line of the confirmation that replaces "a rep will get in touch" for reports that do not go now.
    public static string Confirmation(ReportDelivery delivery, bool held, TogetherTerms terms) => delivery switch
    {
        ReportDelivery.Count => "It is counted in the totals only. Nobody will see it on its own or contact you about it.",
        _ when held => $"It waits, encrypted, until at least {terms.Threshold} people at the same employer, you included, report the same kind of problem. " +
            "Nobody sees it until then.",
        _ => "Colleagues at the same employer have raised this too, so your report has gone to the union's organisers together with theirs.",
    };

    // To each worker in a released group who agreed to contact in the chat. Says nothing about who the others are.
    public static OutboundMessage Released(string code, int colleagues) => OutboundMessage.Say(
        $"**{colleagues} {(colleagues == 1 ? "colleague" : "colleagues")} raised this too** (ref {code}).\n" +
        "Your report was waiting for others. It has now gone to the union's organisers together with theirs. " +
        "Nobody is told who the others are, and they are not told about you.",
        TalkToRep,
        Join);

    // To a worker whose report waited MaxWaitDays without enough colleagues, if they allowed contact in the chat.
    public static OutboundMessage Expired(string code, bool deleted, TogetherTerms terms) => OutboundMessage.Say(
        $"Your report {code} waited {terms.Wait}, and not enough colleagues reported the same thing. " +
        (deleted ? "As you asked, it has been deleted." : "As you asked, it now only counts in the totals. Nobody will see it on its own.") +
        " You can still talk to a rep at any time.",
        TalkToRep,
        Join);

    // To the organisers' destination: counts, category and employer only.
    public static OutboundMessage OrganisersReleased(int reports, ReportCategory category, string employer) => OutboundMessage.Say(
        reports == 1
            ? $"**Raised together:** 1 more report about {ReportChoices.Label(ReportChoices.Categories, category)} at {employer} " +
              "has joined colleagues' reports and is now an open case. Type cases to see it."
            : $"**Raised together:** {reports} reports about {ReportChoices.Label(ReportChoices.Categories, category)} at {employer} " +
              "have reached the threshold and are now open cases. Type cases to see them.");

    // "my reports" for a report that is not an ordinary case.
    public static string? Status(ReportRecord report) => report switch
    {
        { Held: true } => "waiting for others",
        { Delivery: ReportDelivery.Count } => "counted only",
        _ => null,
    };
}

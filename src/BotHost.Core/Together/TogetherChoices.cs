using BotHost.Core.Reports;

namespace BotHost.Core.Together;

// The words for the two questions about how a report travels: button labels and what a worker might type.
public static class TogetherChoices
{
    public static readonly IReadOnlyList<ReportChoices.Option<ReportDelivery>> Delivery =
    [
        new(ReportDelivery.Now, "Send now", ["send now", "now", "send it", "send it now", "straight away"]),
        new(ReportDelivery.Count, "Count only", ["count only", "count", "just count it", "only count it", "totals only"]),
        new(ReportDelivery.Together, "Wait for others", ["wait for others", "wait", "together", "hold it", "hold", "wait for colleagues"]),
    ];

    public static readonly IReadOnlyList<ReportChoices.Option<WaitExpiry>> Expiry =
    [
        new(WaitExpiry.Count, "Count it only", ["count it only", "count it", "count", "count only", "keep count"]),
        new(WaitExpiry.Delete, "Delete it", ["delete it", "delete", "remove it", "bin it", "get rid of it"]),
    ];

    // A form's drop-down shows no text beside its options on every channel (a Teams card hides the hint once a
    // value is chosen), so each option carries a few words of its own. Well under Slack's 75 characters.
    public static string FormLabel(ReportDelivery delivery, TogetherTerms terms) => delivery switch
    {
        ReportDelivery.Now => "Send now: organisers see it",
        ReportDelivery.Count => "Count only: in the totals, never on its own",
        _ => $"Wait for others: held until {terms.Threshold} people report it",
    };

    // One plain line for each choice, shown under the question.
    public static string Explain(ReportDelivery delivery, TogetherTerms terms) => delivery switch
    {
        ReportDelivery.Now => "Organisers see it in their next update, and a rep can contact you if you want.",
        ReportDelivery.Count => "Added to the totals, never shown on its own. Nobody contacts you.",
        _ => $"Held, encrypted, until at least {terms.Threshold} people at the same employer, you included, report the same kind of problem.",
    };
}

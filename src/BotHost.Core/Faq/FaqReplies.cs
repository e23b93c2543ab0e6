using System.Globalization;
using BotHost.Core.Conversation;
using BotHost.Core.Turns;

namespace BotHost.Core.Faq;

// What the FAQ says, in the light Markdown every channel renders: **bold**, [label](url), "- " bullets.
public static class FaqReplies
{
    public const string Disclaimer = "General information, not legal advice.";

    public static readonly Choice MainMenu = new("Main menu", Intent.Action(IntentKind.Help));
    public static readonly Choice TalkToRep = new("Talk to a rep", Intent.Action(IntentKind.Rep));

    public static OutboundMessage Answer(FaqEntry entry) => new()
    {
        Text = $"**{entry.Title}**\n{entry.Body}\n\nSources: {string.Join(", ", SourceLinks(entry.Sources))}\n{Checked(entry.Reviewed)}\n{Disclaimer}",
        Choices =
        [
            new("👍 Helpful", Intent.Action(IntentKind.Faq, "up:" + entry.Id)),
            new("👎 Not helpful", Intent.Action(IntentKind.Faq, "down:" + entry.Id)),
            MainMenu,
        ],
    };

    public static OutboundMessage NotSure(IEnumerable<FaqEntry> closest)
    {
        var topics = closest.Take(3).ToList();
        var text = topics.Count == 0
            ? "Sorry, I don't have an answer to that yet. I've noted the question (not who asked) so organisers can add one. A rep can help in the meantime."
            : "I'm not sure I've got the right answer. Is it one of these? Or a rep can help.";
        return new OutboundMessage
        {
            Text = text,
            Choices = [.. topics.Select(Topic), TalkToRep, MainMenu],
        };
    }

    public static OutboundMessage Prompt(IEnumerable<FaqEntry> popular) => new()
    {
        Text = "Type your question in your own words, for example \"Can my boss read my Teams messages?\" or \"Do I have to sign the 48-hour opt-out?\"\nOr pick a topic:",
        Choices = [.. popular.Select(Topic), TalkToRep, MainMenu],
    };

    public static OutboundMessage Thanks(bool helpful) => helpful
        ? OutboundMessage.Say("Thanks for the feedback.", MainMenu)
        : OutboundMessage.Say("Thanks for the feedback. If that didn't answer your question, a rep can help.", TalkToRep, MainMenu);

    // When the entry's law was last checked, so a worker can judge how current it is: "Checked: November 2026".
    // The invariant culture keeps the month in English, like the rest of the text.
    public static string Checked(DateOnly reviewed) =>
        "Checked: " + reviewed.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static Choice Topic(FaqEntry entry) => new(entry.Title, Intent.Action(IntentKind.Faq, entry.Id));

    // "[gov.uk](https://www.gov.uk/...)": the site's name is what a worker recognises; repeats are numbered.
    public static IEnumerable<string> SourceLinks(IReadOnlyList<string> urls)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var url in urls)
        {
            var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
            var site = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            var n = seen[site] = seen.GetValueOrDefault(site) + 1;
            yield return n == 1 ? $"[{site}]({url})" : $"[{site} ({n})]({url})";
        }
    }
}

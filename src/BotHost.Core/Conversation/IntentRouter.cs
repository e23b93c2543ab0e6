using BotHost.Core.Reports;
using BotHost.Core.Turns;

namespace BotHost.Core.Conversation;

// Decides which feature a turn is for. Only whole-message commands are matched here, so that a question
// like "can I report my boss to the ICO?" still reaches the FAQ.
public static class IntentRouter
{
    private static readonly Dictionary<string, IntentKind> Commands = Build(
        (IntentKind.Help, ["help", "menu", "main menu", "hi", "hello", "hey", "hiya", "start", "get started", "options", "what can you do", "?"]),
        (IntentKind.Faq, ["ask", "ask a question", "rights", "my rights", "know my rights", "faq", "questions"]),
        (IntentKind.Report, ["report", "report an issue", "report a problem", "report something", "make a report", "new report", "raise an issue"]),
        (IntentKind.MyReports, ["my reports", "my report", "show my reports", "reports"]),
        (IntentKind.Join, ["join", "join the union", "join union", "how do i join", "membership", "become a member", "sign up"]),
        (IntentKind.Rep, ["rep", "a rep", "talk to a rep", "speak to a rep", "contact a rep", "contact rep", "find my rep", "find a rep", "talk to someone", "speak to someone", "human"]),
        (IntentKind.Privacy, ["privacy", "my data", "what do you keep", "what do you keep about me", "what do you store", "what do you know about me", "what data do you have"]),
        (IntentKind.ForgetMe, ["forget me", "forget-me", "forgetme", "delete my data", "delete me", "erase my data", "forget everything"]));

    private static readonly (string Prefix, IntentKind Kind)[] Prefixes =
    [
        ("ask ", IntentKind.Faq),
        ("withdraw ", IntentKind.Withdraw),
        ("digest", IntentKind.Organiser),
        ("case ", IntentKind.Organiser),
        ("cases", IntentKind.Organiser),
        ("organiser", IntentKind.Organiser),
        ("requests", IntentKind.Organiser),
    ];

    public static Intent Route(TurnContext context)
    {
        var turn = context.Turn;
        return turn switch
        {
            { Kind: TurnKind.Joined } => new Intent(IntentKind.Welcome),
            { Kind: TurnKind.HomeOpened } => new Intent(IntentKind.Home),
            { Action: { } action } => FromAction(action, context.State),
            { Form: { } form } => FromForm(form, context.State),
            { Text: { } text } when context.State is { } state => Continue(state, text),
            { Text: { } text } => FromText(text),
            _ => new Intent(IntentKind.Help),
        };
    }

    public static string Normalise(string text)
    {
        var words = text.Trim().TrimEnd('.', '!', '?').Trim().ToLowerInvariant()
            .Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        return joined.Length == 0 && text.Contains('?') ? "?" : joined;
    }

    private static Intent FromText(string text)
    {
        // A line from a receipt, however it was pasted: "status …" unless it says withdraw.
        if (ReceiptLine.Find(text) is { } line)
        {
            return new Intent(text.Contains("withdraw", StringComparison.OrdinalIgnoreCase) ? IntentKind.Withdraw : IntentKind.ReportStatus, line);
        }

        var normal = Normalise(text);
        if (Commands.TryGetValue(normal, out var kind))
        {
            return new Intent(kind);
        }

        foreach (var (prefix, prefixKind) in Prefixes)
        {
            if (normal.StartsWith(prefix, StringComparison.Ordinal))
            {
                var argument = prefixKind == IntentKind.Faq ? text.Trim()[prefix.Length..].Trim() : normal[prefix.Length..].Trim();
                return new Intent(prefixKind, prefixKind == IntentKind.Organiser ? normal : argument);
            }
        }

        return new Intent(IntentKind.Faq, text.Trim());
    }

    private static Intent FromAction(string action, DialogState? state)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? action : action[..colon];
        var argument = colon < 0 ? null : action[(colon + 1)..];
        if (!Enum.TryParse<IntentKind>(name, ignoreCase: true, out var kind))
        {
            return new Intent(IntentKind.Help);
        }

        return new Intent(kind, argument) { ContinuesDialog = state?.Dialog == kind.ToString() };
    }

    private static Intent FromForm(IReadOnlyDictionary<string, string> form, DialogState? state) =>
        form.TryGetValue("form", out var id) && Enum.TryParse<IntentKind>(id, ignoreCase: true, out var kind)
            ? new Intent(kind) { ContinuesDialog = state?.Dialog == kind.ToString() }
            : new Intent(IntentKind.Help);

    private static Intent Continue(DialogState state, string text) =>
        Enum.TryParse<IntentKind>(state.Dialog, out var kind)
            ? new Intent(kind, text.Trim()) { ContinuesDialog = true }
            : FromText(text);

    private static Dictionary<string, IntentKind> Build(params (IntentKind Kind, string[] Phrases)[] table) =>
        table.SelectMany(row => row.Phrases.Select(phrase => (phrase, row.Kind)))
            .ToDictionary(pair => pair.phrase, pair => pair.Kind, StringComparer.Ordinal);
}

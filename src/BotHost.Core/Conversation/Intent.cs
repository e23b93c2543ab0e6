namespace BotHost.Core.Conversation;

// What the user asked for. Argument is the rest of the command ("withdraw K7P2" -> "K7P2"), the button's
// value after its prefix, or, inside a dialog, the whole answer.
public sealed record Intent(IntentKind Kind, string? Argument = null)
{
    public bool ContinuesDialog { get; init; }

    // Button values are "kind" or "kind:argument", e.g. "faq:bossware" or "report:back".
    public static string Action(IntentKind kind, string? argument = null) =>
        argument is null ? kind.ToString().ToLowerInvariant() : $"{kind.ToString().ToLowerInvariant()}:{argument}";
}

using BotHost.Core.Conversation;

namespace BotHost.Core.SafeChannel;

// What a private link opens on the union's page.
public enum SafeFlow
{
    Report,
    Rep,
}

public static class SafeFlows
{
    public static SafeFlow? For(IntentKind kind) => kind switch
    {
        IntentKind.Report => SafeFlow.Report,
        IntentKind.Rep => SafeFlow.Rep,
        _ => null,
    };

    // The button value that starts the flow in the fresh web conversation.
    public static string Action(SafeFlow flow) => Intent.Action(flow == SafeFlow.Report ? IntentKind.Report : IntentKind.Rep);
}

namespace BotHost.Core.Conversation;

public enum IntentKind
{
    Help,
    Welcome,
    Home,
    Faq,
    Report,
    MyReports,
    Withdraw,
    ReportStatus,
    Join,
    Rep,
    Privacy,
    ForgetMe,
    Organiser,
}

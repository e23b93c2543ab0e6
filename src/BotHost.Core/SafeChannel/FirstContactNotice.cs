namespace BotHost.Core.SafeChannel;

// Said once to each worker in an employer workspace, and again on "privacy".
public static class FirstContactNotice
{
    public const string Text =
        "**Before we start:** this chat is in your employer's workspace, so its admins may be able to see or export it.\n" +
        "I keep only what I need to answer you, encrypted, and never your name.\n" +
        "Reports and contact with a rep happen on the union's own private page, through a link I send you.";
}

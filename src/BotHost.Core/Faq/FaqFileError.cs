namespace BotHost.Core.Faq;

// A content file that could not be used, and why, in words an organiser can act on.
public sealed record FaqFileError(string File, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}

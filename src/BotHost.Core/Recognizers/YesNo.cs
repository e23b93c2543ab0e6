namespace BotHost.Core.Recognizers;

// A minimal yes/no reader; the recognizers module grows this into the full set.
public static class YesNo
{
    private static readonly HashSet<string> Yes = ["yes", "y", "yep", "yeah", "yup", "sure", "ok", "okay", "please", "yes please", "go ahead", "do it", "confirm"];
    private static readonly HashSet<string> No = ["no", "n", "nope", "nah", "no thanks", "no thank you", "cancel", "stop", "don't"];

    public static bool? Recognize(string text)
    {
        var normal = text.Trim().TrimEnd('.', '!').Trim().ToLowerInvariant();
        return Yes.Contains(normal) ? true : No.Contains(normal) ? false : null;
    }
}

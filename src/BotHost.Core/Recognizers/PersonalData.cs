using System.Text.RegularExpressions;

namespace BotHost.Core.Recognizers;

// Stand-in until the recognizers module lands: finds an email address or a phone number in text.
public static partial class PersonalData
{
    public static string? FindEmail(string text) => Email().Match(text) is { Success: true } m ? m.Value : null;

    public static string? FindPhone(string text)
    {
        var m = Phone().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var digits = m.Value.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 15 ? m.Value.Trim() : null;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+?[0-9][0-9 ()\-]{8,18}[0-9]")]
    private static partial Regex Phone();
}

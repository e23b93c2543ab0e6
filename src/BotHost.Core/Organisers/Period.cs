using System.Globalization;

namespace BotHost.Core.Organisers;

// "7d", "12h", "4w": how far back an organiser command looks.
public static class Period
{
    public static bool TryParse(string text, out TimeSpan period)
    {
        period = default;
        text = text.Trim().ToLowerInvariant();
        if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is <= 0 or > 3650)
        {
            return false;
        }

        period = text[^1] switch
        {
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            'w' => TimeSpan.FromDays(7 * n),
            _ => default,
        };
        return period != default;
    }
}

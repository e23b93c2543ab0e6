using System.Globalization;

namespace BotHost.Core.Digests;

// "7d", "30d", "4w", "12h": how far back a digest looks. Used by the command line, the chat command and
// the schedule, so all three accept the same words.
public static class DigestPeriod
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(3660);

    public static bool TryParse(string? text, out TimeSpan period)
    {
        period = TimeSpan.Zero;
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value.Length < 2)
        {
            return false;
        }

        var unit = value[^1] switch
        {
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            _ => TimeSpan.Zero,
        };
        if (unit == TimeSpan.Zero
            || !int.TryParse(value.AsSpan(0, value.Length - 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count <= 0
            || count > Longest / unit)
        {
            return false;
        }

        period = unit * count;
        return true;
    }
}

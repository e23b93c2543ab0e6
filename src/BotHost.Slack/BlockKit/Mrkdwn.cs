using System.Text;
using System.Text.RegularExpressions;

namespace BotHost.Slack.BlockKit;

// The core's light Markdown (**bold**, [title](url), "- " bullets) in Slack's mrkdwn. &, < and > are
// control characters there, so user-visible text is escaped first and only our own markup is added after.
// https://docs.slack.dev/messaging/formatting-message-text#escaping
public static partial class Mrkdwn
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Convert(string text)
    {
        var source = Bullets(text);
        var builder = new StringBuilder(source.Length + 16);
        var last = 0;
        foreach (Match link in LinkPattern().Matches(source))
        {
            builder.Append(Inline(source[last..link.Index]));
            var title = Escape(link.Groups[1].Value.Replace("**", "", StringComparison.Ordinal)).Replace('|', '/');
            builder.Append('<').Append(Escape(link.Groups[2].Value)).Append('|').Append(title).Append('>');
            last = link.Index + link.Length;
        }

        return builder.Append(Inline(source[last..])).ToString();
    }

    // Pieces of at most max characters, cut at line breaks, then spaces, never inside an entity or a link.
    public static IReadOnlyList<string> Split(string mrkdwn, int max = Block.MaxSectionText)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var line in mrkdwn.Split('\n'))
        {
            var rest = line;
            while (rest.Length > max)
            {
                Flush(current, pieces);
                var cut = SafeCut(rest, max);
                pieces.Add(rest[..cut].TrimEnd());
                rest = rest[cut..].TrimStart();
            }

            if (current.Length > 0 && current.Length + 1 + rest.Length > max)
            {
                Flush(current, pieces);
            }

            current.Append(current.Length > 0 ? "\n" : "").Append(rest);
        }

        Flush(current, pieces);
        return pieces;
    }

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Inline(string text) => BoldPattern().Replace(Escape(text), "*$1*");

    private static string Bullets(string text) => BulletPattern().Replace(text, "• ");

    private static void Flush(StringBuilder current, List<string> pieces)
    {
        if (current.ToString().Trim().Length > 0)
        {
            pieces.Add(current.ToString().Trim('\n'));
        }

        current.Clear();
    }

    private static int SafeCut(string text, int max)
    {
        var space = text.LastIndexOf(' ', max);
        var cut = space > max / 2 ? space : max;
        var open = text.LastIndexOf('<', cut - 1);
        if (open > 0 && text.LastIndexOf('>', cut - 1) < open)
        {
            cut = open;
        }

        var amp = text.LastIndexOf('&', cut - 1);
        if (amp > 0 && amp > cut - 6 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        return cut;
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\*\*([^*\n]+?)\*\*")]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"(?m)^- ")]
    private static partial Regex BulletPattern();
}

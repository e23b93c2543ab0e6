using System.Text.RegularExpressions;
using BotHost.Teams.Schema;

namespace BotHost.Teams;

// In channels and group chats the message text starts with "<at>Bot name</at>". The bot's own mention is
// removed (by its entity, as the SDK does); other mentions keep the name without the markup, with a space
// where Teams glued the next word on ("<at>Tom</at>is"). Identity never comes from the text.
public static partial class MentionText
{
    public static string Strip(string text, IReadOnlyList<Entity>? entities, string? botId)
    {
        foreach (var mention in entities ?? [])
        {
            if (mention.Type != "mention" || mention.Mentioned?.Id is not { } id || id != botId)
            {
                continue;
            }

            // An empty entity text ("text": "") would make Replace throw, and the request a 500 (found by the fuzz test).
            var markup = mention.Text is { Length: > 0 } given ? given : $"<at>{mention.Mentioned.Name}</at>";
            text = text.Replace(markup, "", StringComparison.OrdinalIgnoreCase);
        }

        text = AtTag().Replace(text, match =>
        {
            var next = match.Index + match.Length;
            var spacer = next < text.Length && !char.IsWhiteSpace(text[next]) ? " " : "";
            return match.Groups["name"].Value + spacer;
        });
        return text.Trim();
    }

    // Neither part can run past a "<", so the match is linear: "<at[^>]*>(.*?)</at>" backtracked over a
    // 512 KB text of repeated "<at" for most of its timeout (found by the fuzz test).
    [GeneratedRegex("<at(?:\\s[^<>]*)?>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AtTag();
}

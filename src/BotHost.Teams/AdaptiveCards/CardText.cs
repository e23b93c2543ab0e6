namespace BotHost.Teams.AdaptiveCards;

// The core writes light Markdown (**bold**, [title](url), "- " bullets) that Teams and Adaptive Cards both
// understand; only line breaks differ, since a single newline is not a break in their Markdown. So the
// text is cut into paragraphs, with consecutive bullets kept together as one list.
public static class CardText
{
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var bullets = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                bullets.Add(line);
                continue;
            }

            Flush(paragraphs, bullets);
            if (line.Length > 0)
            {
                paragraphs.Add(line);
            }
        }

        Flush(paragraphs, bullets);
        return paragraphs;
    }

    // Teams' message Markdown: a blank line between paragraphs, list items on their own lines.
    public static string Markdown(string text) => string.Join("\n\n", Paragraphs(text));

    private static void Flush(List<string> paragraphs, List<string> bullets)
    {
        if (bullets.Count > 0)
        {
            paragraphs.Add(string.Join('\n', bullets));
            bullets.Clear();
        }
    }
}

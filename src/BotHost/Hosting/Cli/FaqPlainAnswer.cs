using System.Globalization;
using System.Text;
using BotHost.Core.Faq;

namespace BotHost.Hosting.Cli;

// `ask "question"` as plain text: the answer the bot would give, or the topics it would offer instead,
// then a line saying which entry it chose and how sure it was.
public static class FaqPlainAnswer
{
    public static string Describe(FaqLibrary library, string question)
    {
        var result = library.Search(question);
        var text = new StringBuilder();
        if (library.IsConfident(result))
        {
            text.AppendLine(FaqReplies.Answer(result.Best!.Entry).Text);
        }
        else
        {
            text.AppendLine(result.Candidates.Count == 0 ? "No answer found." : "Not sure enough to answer. The bot would offer:");
            foreach (var candidate in result.Candidates.Take(3))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {candidate.Entry.Title} ({candidate.Entry.Id})");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"[{result.Best?.Entry.Id ?? "no match"}, confidence {result.Confidence:0.00}, threshold {library.Threshold:0.00}]");
        return text.ToString();
    }
}

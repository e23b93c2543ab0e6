using System.Text.Json;
using BotHost.Core.Faq;

namespace BotHost.Hosting.Cli;

// The `ask --json` contract, used by outside evaluation; keep it exact:
//   {"question": <as read>, "id": <best entry id, or null when nothing matched>, "score": <confidence 0-1>, "confident": <score >= threshold>}
// id is the best candidate even when not confident, so top-1 accuracy and rejection can both be measured.
public static class FaqJsonLine
{
    public static async Task RunAsync(FaqLibrary library, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            await output.WriteLineAsync(Format(library, line));
            await output.FlushAsync(cancellationToken);
        }
    }

    public static string Format(FaqLibrary library, string question)
    {
        var result = library.Search(question);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("question", question);
            if (result.Best is { } best)
            {
                json.WriteString("id", best.Entry.Id);
            }
            else
            {
                json.WriteNull("id");
            }

            json.WriteNumber("score", Math.Round(result.Confidence, 4));
            json.WriteBoolean("confident", library.IsConfident(result));
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

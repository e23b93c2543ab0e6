using System.Globalization;
using System.Text;

namespace BotHost.Core.Digests;

// `digest --format csv`: one header and one row per fact, columns section,name,count,change,text
// (docs/digest.md lists the sections). count is empty for a group smaller than the threshold, and
// change is empty where no comparison can be shown.
public static class DigestCsv
{
    public const string Header = "section,name,count,change,text";

    public static string Render(Digest digest)
    {
        var csv = new StringBuilder(Header).Append('\n');
        Line(csv, "period", "current", digest.Period.Days, null, Day(digest.Period.First) + "/" + Day(digest.Period.Last));
        Line(csv, "period", "previous", digest.Previous.Days, null, Day(digest.Previous.First) + "/" + Day(digest.Previous.Last));
        Line(csv, "threshold", "min-group-size", digest.MinGroupSize, null, "");
        Line(csv, "total", digest.Total.Name, digest.Total.Count, digest.Total.Change, "");
        foreach (var row in digest.ByCategory)
        {
            Line(csv, "category", row.Name, row.Count, row.Change, "");
        }

        foreach (var row in digest.ByEmployer)
        {
            Line(csv, "employer", row.Name, row.Count, row.Change, "");
        }

        Cases(csv, "waiting", digest.WaitingForContact);
        Cases(csv, "urgent", digest.Urgent);
        foreach (var row in digest.RaisedTogether)
        {
            Line(csv, "raised-together", row.Name, row.Count, null, "");
        }

        foreach (var employer in digest.WaitingForOthers)
        {
            Line(csv, "waiting-for-others", employer, null, null, DigestFormat.WaitingBand(digest.TogetherThreshold));
        }

        foreach (var excerpt in digest.Excerpts)
        {
            Line(csv, "excerpt", excerpt.Category, null, null, excerpt.Text);
        }

        foreach (var question in digest.UnansweredQuestions)
        {
            Line(csv, "unanswered", question.Question, question.Count, null, "");
        }

        foreach (var feedback in digest.FaqFeedback)
        {
            Line(csv, "faq-helpful", feedback.EntryId, feedback.Up, null, "");
            Line(csv, "faq-not-helpful", feedback.EntryId, feedback.Down, null, "");
        }

        return csv.ToString();
    }

    // RFC 4180 quoting. Text a worker typed that starts like a formula is prefixed with ' so a
    // spreadsheet shows it instead of running it.
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Cases(StringBuilder csv, string section, CaseList cases)
    {
        Line(csv, section, "reports", cases.Count, null, "");
        foreach (var code in cases.Codes)
        {
            Line(csv, section, "code", null, null, code);
        }
    }

    private static void Line(StringBuilder csv, string section, string name, int? count, int? change, string text) =>
        csv.Append(section).Append(',')
            .Append(Field(name)).Append(',')
            .Append(count?.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(change?.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(Field(text)).Append('\n');

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

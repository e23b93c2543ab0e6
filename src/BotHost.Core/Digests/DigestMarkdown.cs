using System.Globalization;
using System.Text;

namespace BotHost.Core.Digests;

// GitHub-flavoured Markdown for the command line (`digest --format md`). Everything a worker typed is
// escaped, so an employer name or an excerpt cannot add links, images or table columns.
public static class DigestMarkdown
{
    public static string Render(Digest digest)
    {
        var k = digest.MinGroupSize;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Digest: {DigestFormat.Days(digest.Period)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{DigestFormat.DaysCount(digest.Period.Days)}, compared with the {DigestFormat.DaysCount(digest.Previous.Days)} before ({DigestFormat.Days(digest.Previous)}). ");
        md.Append(CultureInfo.InvariantCulture, $"Groups with fewer than {k} reports are counted under \"Other\".\n\n");
        md.Append(CultureInfo.InvariantCulture, $"**Reports:** {DigestFormat.CountAndChange(digest.Total, k)}\n");

        Table(md, "Reports by category", ["Category", "Reports", "Change"], digest.ByCategory.Select(r => Row(r, k)));
        Table(md, "Reports by employer", ["Employer", "Reports", "Change"], digest.ByEmployer.Select(r => Row(r, k)));
        Cases(md, "Waiting for contact", digest.WaitingForContact);
        Cases(md, "Urgent and still open", digest.Urgent);
        Table(md, "Raised together", ["Group", "Reports"], digest.RaisedTogether.Select(r => (string[])[Escape(r.Name), DigestFormat.Count(r.Count, k)]));
        md.Append("\n## Waiting for others\n\n");
        md.Append(digest.WaitingForOthers.Count == 0
            ? "None.\n"
            : $"{DigestFormat.WaitingBand(digest.TogetherThreshold)} at: {string.Join(", ", digest.WaitingForOthers.Select(Escape))}.\n");

        md.Append("\n## In workers' own words\n\n");
        if (digest.Excerpts.Count == 0)
        {
            md.Append("None shared.\n");
        }

        foreach (var excerpt in digest.Excerpts)
        {
            md.Append(CultureInfo.InvariantCulture, $"> **{Escape(excerpt.Category)}:** {Escape(excerpt.Text)}\n\n");
        }

        Table(md, "Unanswered questions", ["Question", "Times asked"],
            digest.UnansweredQuestions.Select(q => (string[])[Escape(q.Question), Number(q.Count)]));
        Table(md, "FAQ feedback", ["Entry", "Helpful", "Not helpful"],
            digest.FaqFeedback.Select(f => (string[])[Escape(f.EntryId), Number(f.Up), Number(f.Down)]));
        return md.ToString().TrimEnd() + "\n";
    }

    // Backslash-escapes Markdown punctuation; line breaks become spaces so a value stays in its cell.
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~' or '(' or ')')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string[] Row(DigestRow row, int k) =>
        [Escape(row.Name), DigestFormat.Count(row.Count, k), DigestFormat.Change(row.Change)];

    private static void Table(StringBuilder md, string title, string[] headings, IEnumerable<string[]> rows)
    {
        md.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n");
        var lines = rows.ToList();
        if (lines.Count == 0)
        {
            md.Append("None.\n");
            return;
        }

        md.Append("| ").AppendJoin(" | ", headings).Append(" |\n");
        md.Append("|---").Append(string.Concat(Enumerable.Repeat("|---:", headings.Length - 1))).Append("|\n");
        foreach (var line in lines)
        {
            md.Append("| ").AppendJoin(" | ", line).Append(" |\n");
        }
    }

    private static void Cases(StringBuilder md, string title, CaseList cases)
    {
        md.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n");
        md.Append(cases.Count == 0
            ? "None.\n"
            : $"{Number(cases.Count)}: {string.Join(", ", cases.Codes.Select(c => $"`{c}`"))}{More(cases)}\n");
    }

    private static string More(CaseList cases) =>
        cases.Count > cases.Codes.Count ? $" and {Number(cases.Count - cases.Codes.Count)} more" : "";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using BotHost.Core.Turns;

namespace BotHost.Core.Digests;

// A digest as a chat message: a short summary in Text (all a plain-text channel shows) and the tables as
// fact groups (Block Kit fields in Slack, a FactSet in Teams, a definition list in the web chat).
public static class DigestMessage
{
    // Chat messages stay short: the largest employer groups, the rest added together.
    public const int MaxEmployers = 10;

    public static OutboundMessage Create(Digest digest)
    {
        var k = digest.MinGroupSize;
        var total = digest.Total.Change is null
            ? DigestFormat.Count(digest.Total.Count, k)
            : $"{DigestFormat.Count(digest.Total.Count, k)} ({DigestFormat.Change(digest.Total.Change)} on the {DigestFormat.DaysCount(digest.Previous.Days)} before)";
        var text = string.Join('\n',
            $"**Digest: {DigestFormat.Days(digest.Period)}**",
            $"- Reports: {total}",
            $"- Waiting for contact: {digest.WaitingForContact.Count.ToString(CultureInfo.InvariantCulture)}",
            $"- Urgent and still open: {digest.Urgent.Count.ToString(CultureInfo.InvariantCulture)}",
            $"Groups smaller than {k.ToString(CultureInfo.InvariantCulture)} are counted under \"Other\".");

        List<FactGroup> facts =
        [
            Group("Reports by category", digest.ByCategory.Select(r => new Fact(r.Name, DigestFormat.CountAndChange(r, k)))),
            Group("Reports by employer", Employers(digest.ByEmployer).Select(r => new Fact(r.Name, DigestFormat.CountAndChange(r, k)))),
            Group("Waiting for contact", Cases(digest.WaitingForContact)),
            Group("Urgent and still open", Cases(digest.Urgent)),
            Group("Raised together", digest.RaisedTogether.Select(r => new Fact(r.Name, DigestFormat.Count(r.Count, k)))),
            Group("Waiting for others", digest.WaitingForOthers.Select(e => new Fact(e, DigestFormat.WaitingBand(digest.TogetherThreshold)))),
            Group("In workers' own words", digest.Excerpts.Select(e => new Fact(e.Category, e.Text))),
            Group("Unanswered questions", digest.UnansweredQuestions.Select(q => new Fact(q.Question, Times(q.Count)))),
            Group("FAQ feedback", digest.FaqFeedback.Select(f => new Fact(f.EntryId, $"{f.Up.ToString(CultureInfo.InvariantCulture)} helpful, {f.Down.ToString(CultureInfo.InvariantCulture)} not helpful"))),
        ];
        return new OutboundMessage { Text = text, Facts = [.. facts.Where(g => g.Facts.Count > 0)] };
    }

    // Beyond the largest groups, the rest are added into Other. Every shown group is at least the
    // threshold, and so is Other whenever a group is shown, so the sum is safe to show.
    private static IEnumerable<DigestRow> Employers(IReadOnlyList<DigestRow> rows)
    {
        var named = rows.Where(r => !r.IsOther).ToList();
        if (named.Count <= MaxEmployers)
        {
            return rows;
        }

        var rest = named.Skip(MaxEmployers).Sum(r => r.Count ?? 0) + rows.Where(r => r.IsOther).Sum(r => r.Count ?? 0);
        return [.. named.Take(MaxEmployers), new DigestRow(DigestBuilder.OtherName, rest, null) { IsOther = true }];
    }

    private static IEnumerable<Fact> Cases(CaseList cases) =>
        cases.Count == 0 ? [] : [new Fact("Reports", cases.Count.ToString(CultureInfo.InvariantCulture)), new Fact("Codes", DigestFormat.Codes(cases))];

    private static string Times(int count) => count == 1 ? "asked once" : $"asked {count.ToString(CultureInfo.InvariantCulture)} times";

    private static FactGroup Group(string title, IEnumerable<Fact> facts) => new(title, [.. facts]);
}

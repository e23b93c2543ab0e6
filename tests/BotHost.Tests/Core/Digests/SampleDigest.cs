using BotHost.Core.Digests;

namespace BotHost.Tests.Core.Digests;

// A digest built by hand, with the awkward values renderers must cope with.
public static class SampleDigest
{
    public static Digest Create() => new()
    {
        Period = new DayRange(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15)),
        Previous = new DayRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)),
        MinGroupSize = 3,
        Total = new DigestRow("All reports", 21, 5),
        ByCategory =
        [
            new DigestRow("Surveillance and monitoring", 12, 3),
            new DigestRow("Workload and hours", 4, null),
            new DigestRow("Other", 5, null) { IsOther = true },
        ],
        ByEmployer =
        [
            new DigestRow("Initech | Ltd", 9, -2),
            new DigestRow("=HYPERLINK(\"x\")", 3, null),
            new DigestRow("Other", 9, null) { IsOther = true },
        ],
        WaitingForContact = new CaseList(3, ["K7P2Q9", "M3N4P5"]),
        Urgent = new CaseList(0, []),
        Excerpts = [new DigestExcerpt("Surveillance and monitoring", "They read our DMs, \"for safety\". Contact [email].")],
        UnansweredQuestions = [new UnansweredQuestion("Can they track my phone?", 4)],
        FaqFeedback = [new FaqFeedback("right-to-disconnect", 5, 2)],
    };

    public static Digest Tiny() => Create() with
    {
        Total = new DigestRow("All reports", null, null),
        ByCategory = [new DigestRow("Other", null, null) { IsOther = true }],
        ByEmployer = [new DigestRow("Other", null, null) { IsOther = true }],
        Excerpts = [],
        UnansweredQuestions = [],
        FaqFeedback = [],
    };
}

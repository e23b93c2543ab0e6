namespace BotHost.Core.Digests;

public sealed class DigestOptions
{
    public const string Section = "Digest";

    // A cron expression (five fields, or six with seconds) in TimeZone. Empty turns the scheduled digest off.
    public string Schedule { get; set; } = "0 8 * * MON";

    // An IANA time zone id: the schedule follows the clocks there, summer time included.
    public string TimeZone { get; set; } = "Europe/London";

    // How far back a scheduled digest looks: "7d", "4w", "30d" (see DigestPeriod).
    public string Period { get; set; } = "7d";

    // Where scheduled digests go: "slack:<team id>:<channel id>", "teams:<tenant id>:<conversation id>".
    // With none, nothing is scheduled.
    public List<string> Destinations { get; set; } = [];

    // Groups with fewer reports than this are folded into "Other", so no single report can be singled out.
    public int MinGroupSize { get; set; } = 3;
}

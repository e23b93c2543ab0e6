using BotHost.Core.Turns;

namespace BotHost.Tests.Slack;

// Stands in for the report form (another issue builds the real one) to prove the modal round trip.
internal sealed class TestReportForm : IFormDefinition
{
    public const string Id = "testform";

    public string FormId => Id;

    public Form Blank() => new(Id, "Report a problem", [
        new FormField("what", "What happened?", FieldKind.LongText) { Required = true, MaxLength = 2000, Hint = "No names needed." },
        new FormField("where", "Where?", FieldKind.Choice) { Options = [new("Office", "office"), new("Remote", "remote")] },
        new FormField("when", "When?", FieldKind.Date),
        new FormField("anonymous", "Keep me anonymous", FieldKind.Toggle),
    ], "Send report");

    public IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> values) =>
        values.TryGetValue("what", out var what) && what.Trim().Length >= 5
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["what"] = "Tell us a little more about what happened." };
}

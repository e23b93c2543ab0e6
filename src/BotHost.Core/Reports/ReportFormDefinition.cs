using BotHost.Core.Turns;

namespace BotHost.Core.Reports;

// Lets channels open and check the report form while they acknowledge (a Slack modal).
public sealed class ReportFormDefinition : IFormDefinition
{
    public string FormId => ReportForm.Id;

    public Form Blank() => ReportForm.Create();

    public IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> values) =>
        ReportForm.Validate(values, onOwnPage: false);
}

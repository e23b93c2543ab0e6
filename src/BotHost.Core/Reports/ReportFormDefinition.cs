using BotHost.Core.Together;
using BotHost.Core.Turns;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Reports;

// Lets channels open and check the report form while they acknowledge (a Slack modal).
public sealed class ReportFormDefinition(IOptions<TogetherOptions> together) : IFormDefinition
{
    public string FormId => ReportForm.Id;

    public Form Blank() => ReportForm.Create(together.Value.Terms);

    public IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> values) =>
        ReportForm.Validate(values, onOwnPage: false);
}

using BotHost.Core.Digests;
using BotHost.Core.Reports;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Together;

// Retention must not delete a waiting report before its wait ends: that would ignore the author's choice
// ("count it only") made for the end of the wait.
public sealed class TogetherOptionsValidator(IOptions<ReportOptions> reports) : IValidateOptions<TogetherOptions>
{
    public ValidateOptionsResult Validate(string? name, TogetherOptions options) => options switch
    {
        { MaxWaitDays: < 1 } => ValidateOptionsResult.Fail("Together:MaxWaitDays must be at least 1."),
        { MaxWaitDays: var wait } when reports.Value.RetentionDays > 0 && wait >= reports.Value.RetentionDays =>
            ValidateOptionsResult.Fail("Together:MaxWaitDays must be shorter than Reports:RetentionDays."),
        { NotifyOrganisers: { Length: > 0 } to } when DigestDestination.Parse(to) is null =>
            ValidateOptionsResult.Fail("Together:NotifyOrganisers must look like slack:<team>:<channel> or teams:<tenant>:<conversation>."),
        _ => ValidateOptionsResult.Success,
    };
}

using BotHost.Core.Digests;
using Microsoft.Extensions.Options;

namespace BotHost.Core.Together;

public sealed class TogetherOptionsValidator : IValidateOptions<TogetherOptions>
{
    public ValidateOptionsResult Validate(string? name, TogetherOptions options) => options switch
    {
        { MaxWaitDays: < 1 } => ValidateOptionsResult.Fail("Together:MaxWaitDays must be at least 1."),
        { NotifyOrganisers: { Length: > 0 } to } when DigestDestination.Parse(to) is null =>
            ValidateOptionsResult.Fail("Together:NotifyOrganisers must look like slack:<team>:<channel> or teams:<tenant>:<conversation>."),
        _ => ValidateOptionsResult.Success,
    };
}

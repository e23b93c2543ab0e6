using Microsoft.Extensions.Options;

namespace BotHost.Core.Digests;

public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        if (options.MinGroupSize < 2)
        {
            return ValidateOptionsResult.Fail("Digest:MinGroupSize must be at least 2, or single reports could be singled out.");
        }

        DigestPlan.Create(options, out var error);
        return error is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(error);
    }
}

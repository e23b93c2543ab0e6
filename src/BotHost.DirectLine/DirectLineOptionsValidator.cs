using Microsoft.Extensions.Options;

namespace BotHost.DirectLine;

// Fails at start, never at the first request.
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(options.Secret) && (options.Secret.Trim().Length < DirectLineOptions.MinimumSecretLength || options.Secret.Any(char.IsWhiteSpace)))
        {
            errors.Add($"DirectLine:Secret must be at least {DirectLineOptions.MinimumSecretLength} characters with no spaces (`BotHost keys generate` prints a good one).");
        }

        if (options.TokenMinutes is < 1 or > 24 * 60)
        {
            errors.Add("DirectLine:TokenMinutes must be between 1 and 1440.");
        }

        if (options.HistoryPerConversation is < 1 or > 10_000 || options.HistoryMinutes is < 1 or > 7 * 24 * 60)
        {
            errors.Add("DirectLine:HistoryPerConversation must be 1 to 10000 and DirectLine:HistoryMinutes 1 to 10080.");
        }

        if (options.MessagesPerMinute < 0)
        {
            errors.Add("DirectLine:MessagesPerMinute must be 0 (no limit) or more.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

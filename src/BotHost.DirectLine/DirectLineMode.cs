using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotHost.DirectLine;

// Decided once from configuration and environment.
public sealed record DirectLineMode(DirectLineAccess Access)
{
    public bool IsOff => Access == DirectLineAccess.Off;

    public static DirectLineMode From(IOptions<DirectLineOptions> options, IHostEnvironment environment) =>
        !string.IsNullOrEmpty(options.Value.Secret) ? new(DirectLineAccess.Secret)
        : environment.IsDevelopment() ? new(DirectLineAccess.Open)
        : new(DirectLineAccess.Off);
}

public enum DirectLineAccess
{
    // No secret outside Development: every Direct Line path answers 404.
    Off,

    // Tokens and new conversations need DirectLine:Secret.
    Secret,

    // Development with no secret: anyone who reaches the host may get a token or start a conversation.
    Open,
}

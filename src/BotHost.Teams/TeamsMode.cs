using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotHost.Teams;

// Decided once from configuration and environment; everything that depends on it asks here.
public sealed record TeamsMode(TeamsAuthMode Auth)
{
    public bool IsAuthenticated => Auth == TeamsAuthMode.Authenticated;

    public static TeamsMode From(IOptions<TeamsOptions> options, IHostEnvironment environment)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.AppId))
        {
            return new(TeamsAuthMode.Authenticated);
        }

        return new(settings.AllowUnauthenticated || environment.IsDevelopment() ? TeamsAuthMode.Unauthenticated : TeamsAuthMode.Disabled);
    }
}

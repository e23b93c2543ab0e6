using BotHost.Teams.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.Teams.Auth;

// Inbound authentication as the Bot Framework Connector defines it: a Bearer JWT issued by
// https://api.botframework.com, RS256/384/512, audience = our app id, 5 minutes of clock skew, signed by
// the key its kid names (no trying every key), whose endorsements must include the activity's channel, and
// whose serviceurl claim must equal the activity's serviceUrl. Any failure means 401 with no detail.
public sealed partial class ConnectorAuth(
    IOptions<TeamsOptions> options,
    TeamsMode mode,
    SigningKeyCache keys,
    ILogger<ConnectorAuth> logger)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    // Null when the request must be refused.
    public async Task<InboundIdentity?> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        switch (mode.Auth)
        {
            case TeamsAuthMode.Disabled:
                return Refuse("not configured");
            case TeamsAuthMode.Unauthenticated:
                // As the SDK does: with no app id a token cannot be checked against anything, so one that is sent fails.
                return string.IsNullOrEmpty(authorization) ? InboundIdentity.Anonymous : Refuse("token sent without an app id");
        }

        var parts = (authorization ?? "").Split(' ');
        if (parts is not ["Bearer", { Length: > 0 } token])
        {
            return Refuse("no bearer token");
        }

        try
        {
            return await ValidateAsync(token, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Refuse(ex.GetType().Name);
        }
    }

    // The checks that need the body.
    public bool Accepts(InboundIdentity identity, Activity activity)
    {
        if (identity.IsAnonymous)
        {
            return true;
        }

        if (activity.ServiceUrl is null || !string.Equals(identity.ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            Log.Refused(logger, "serviceurl claim mismatch");
            return false;
        }

        if (identity.Endorsements is not { } endorsed || string.IsNullOrEmpty(activity.ChannelId) || !endorsed.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            Log.Refused(logger, "channel not endorsed");
            return false;
        }

        return true;
    }

    private async Task<InboundIdentity?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var jwt = new JsonWebToken(token);
        if (!Algorithms.Contains(jwt.Alg, StringComparer.Ordinal) || string.IsNullOrEmpty(jwt.Kid))
        {
            return Refuse("algorithm or kid");
        }

        if (await keys.FindAsync(jwt.Kid, cancellationToken) is not { } key)
        {
            return Refuse("unknown kid");
        }

        var result = await Handler.ValidateTokenAsync(jwt, Parameters(key));
        if (!result.IsValid)
        {
            return Refuse(result.Exception?.GetType().Name ?? "invalid");
        }

        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        return new InboundIdentity(serviceUrl, Endorsements.Of(key));
    }

    private TokenValidationParameters Parameters(JsonWebKey key) => new()
    {
        ValidIssuer = TeamsOptions.BotFrameworkIssuer,
        ValidAudience = options.Value.AppId,
        ValidAlgorithms = Algorithms,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = ClockSkew,
    };

    private InboundIdentity? Refuse(string reason)
    {
        Log.Refused(logger, reason);
        return null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 510, Level = LogLevel.Warning, Message = "Refused a Teams request: {Reason}")]
        public static partial void Refused(ILogger logger, string reason);
    }
}

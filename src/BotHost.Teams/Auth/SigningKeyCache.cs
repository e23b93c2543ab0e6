using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotHost.Teams.Auth;

// The Bot Framework signing keys, fetched from the OpenID metadata and refreshed every 12 hours (the docs ask
// for at least daily). A token naming a key we do not have triggers one refresh, at most every 5 minutes,
// so a key rotation is picked up at once but a stream of made-up kids cannot hammer the metadata server.
public sealed partial class SigningKeyCache(
    IOptions<TeamsOptions> options,
    MetadataRetriever retriever,
    TimeProvider time,
    ILogger<SigningKeyCache> logger) : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan UnknownKeyRefreshGap = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private OpenIdConnectConfiguration? current;
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset lastForced = DateTimeOffset.MinValue;

    public async Task<JsonWebKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var configuration = await GetAsync(force: false, cancellationToken);
        if (Find(configuration, kid) is { } key)
        {
            return key;
        }

        return Find(await GetAsync(force: true, cancellationToken), kid);
    }

    public void Dispose() => gate.Dispose();

    private static JsonWebKey? Find(OpenIdConnectConfiguration? configuration, string kid) =>
        configuration?.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));

    private async Task<OpenIdConnectConfiguration?> GetAsync(bool force, CancellationToken cancellationToken)
    {
        var seen = current;
        if (!force && seen is not null && time.GetUtcNow() - fetchedAt < RefreshInterval)
        {
            return seen;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var due = current is null || now - fetchedAt >= RefreshInterval;
            var forcedAllowed = force && current == seen && now - lastForced >= UnknownKeyRefreshGap;
            if (!due && !forcedAllowed)
            {
                return current;
            }

            if (forcedAllowed)
            {
                lastForced = now;
            }

            return await FetchAsync(now, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<OpenIdConnectConfiguration?> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            current = await OpenIdConnectConfigurationRetriever.GetAsync(options.Value.OpenIdMetadataUrl, retriever, cancellationToken);
            fetchedAt = now;
            Log.Refreshed(logger, current.JsonWebKeySet?.Keys.Count ?? 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Stale keys are better than none; without any, requests are refused until the next try.
            Log.RefreshFailed(logger, ex.GetType().Name);
            fetchedAt = current is null ? DateTimeOffset.MinValue : now - RefreshInterval + UnknownKeyRefreshGap;
        }

        return current;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Loaded {Count} Bot Framework signing keys")]
        public static partial void Refreshed(ILogger logger, int count);

        [LoggerMessage(EventId = 501, Level = LogLevel.Error, Message = "Could not load the Bot Framework signing keys: {ErrorType}")]
        public static partial void RefreshFailed(ILogger logger, string errorType);
    }
}

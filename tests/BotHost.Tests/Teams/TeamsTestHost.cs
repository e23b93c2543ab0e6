using System.Net.Http.Headers;
using System.Net.Http.Json;
using BotHost.Teams;
using BotHost.Teams.Connector;
using BotHost.Teams.Schema;
using BotHost.Tests.Fakes;
using BotHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace BotHost.Tests.Teams;

// The real host with Teams configured against loopback fakes: tokens checked against FakeOpenIdIssuer,
// replies sent to FakeConnector with a fake Connector token.
public sealed class TeamsTestHost : IAsyncDisposable
{
    private readonly BotHostFactory root;

    private TeamsTestHost(BotHostFactory root, WebApplicationFactory<Program> host)
    {
        this.root = root;
        Host = host;
        Client = host.CreateClient();
    }

    public WebApplicationFactory<Program> Host { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Host.Services;

    public static TeamsTestHost Authenticated(string folder, FakeOpenIdIssuer issuer, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:AppId"] = Activities.AppId,
            ["Teams:AppPassword"] = "not-a-real-secret",
            ["Teams:TenantId"] = Activities.Tenant,
            ["Teams:OpenIdMetadataUrl"] = issuer.MetadataUrl,
            ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return Create(folder, settings, environment: null, fakeToken: true);
    }

    // No app id: the Emulator / Agents Playground mode (Development), or refused (any other environment).
    public static TeamsTestHost Unauthenticated(string folder, string? environment = null, bool allowUnauthenticated = false) =>
        Create(folder, new Dictionary<string, string?> { ["Teams:AllowUnauthenticated"] = allowUnauthenticated ? "true" : "false" }, environment, fakeToken: false);

    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TeamsEndpoints.Path)
        {
            Content = JsonContent.Create(activity, TeamsJson.Default.Activity),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    // Every log line so far, with its exception, for privacy canaries.
    public string AllLogs() => string.Join("\n", Services.GetRequiredService<FakeLogCollector>().GetSnapshot()
        .Select(r => $"{r.Category} {r.Message} {r.Exception}"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await root.DisposeAsync();
    }

    private static TeamsTestHost Create(string folder, Dictionary<string, string?> settings, string? environment, bool fakeToken)
    {
        var root = new BotHostFactory(folder, settings);
        var host = root.WithWebHostBuilder(builder =>
        {
            if (environment is not null)
            {
                builder.UseEnvironment(environment);
            }

            if (fakeToken)
            {
                builder.ConfigureTestServices(services => services.AddSingleton<IConnectorTokenSource, FakeTokenSource>());
            }
        });
        return new TeamsTestHost(root, host);
    }
}

using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Host;

public sealed class HealthTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_endpoints_answer_200_on_a_fresh_database(string path)
    {
        await using var host = new BotHostFactory(folder.Path);

        var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
    }

    public void Dispose() => folder.Dispose();
}

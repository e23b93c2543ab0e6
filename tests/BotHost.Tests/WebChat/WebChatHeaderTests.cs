using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.WebChat;

public sealed class WebChatHeaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    // The page draws no data: images, so it allows none (a data: URL is a way to smuggle content in).
    [Fact]
    public async Task The_page_allows_images_from_its_own_origin_only()
    {
        await using var host = new BotHostFactory(folder.Path);

        var response = await host.CreateClient().GetAsync("/private");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", policy, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}

using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Faq;

// Organisers edit the folder while the bot runs: the running host picks the edit up, and a broken edit
// leaves the last good answer in service.
public sealed class FaqReloadTests : IDisposable
{
    private readonly TempFolder data = new();
    private readonly TempFolder content = new();

    [Fact]
    public async Task An_edited_folder_is_reloaded_by_the_running_host()
    {
        FaqFiles.Write(content.Path, "flexible-working.md", FaqFiles.Entry("flexible-working"));
        await using var host = new BotHostFactory(data.Path, new Dictionary<string, string?>
        {
            ["Faq:ContentPath"] = content.Path,
            ["Faq:ReloadSeconds"] = "1",
        });
        var chat = await WebChatClient.StartAsync(host);
        Assert.StartsWith("**Flexible working**", (await chat.PressAsync("faq:flexible-working")).Text, StringComparison.Ordinal);

        FaqFiles.Write(content.Path, "flexible-working.md", FaqFiles.Entry("flexible-working", title: "Asking for flexible hours"));
        FaqFiles.Write(content.Path, "broken.md", "---\nid: [\n---\n");

        var reply = "";
        for (var attempt = 0; attempt < 40 && !reply.StartsWith("**Asking for flexible hours**", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(250);
            reply = (await chat.PressAsync("faq:flexible-working")).Text;
        }

        Assert.StartsWith("**Asking for flexible hours**", reply, StringComparison.Ordinal);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.Contains("FAQ file skipped: broken.md", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        data.Dispose();
        content.Dispose();
    }
}

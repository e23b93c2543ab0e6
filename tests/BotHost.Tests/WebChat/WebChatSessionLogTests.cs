using BotHost.Core.Turns;
using BotHost.WebChat;

namespace BotHost.Tests.WebChat;

public sealed class WebChatSessionLogTests
{
    [Fact]
    public async Task A_page_resuming_from_an_id_given_out_before_a_restart_gets_every_kept_reply()
    {
        var log = new WebChatSessionLog(TimeProvider.System);
        log.Add(OutboundMessage.Say("first since the restart"));
        log.Add(OutboundMessage.Say("second"));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var read = new List<string>();
        await foreach (var item in log.ReadAsync(from: 42, stop.Token))
        {
            read.Add(item.Message.Text);
            if (read.Count == 2)
            {
                break;
            }
        }

        Assert.Equal(["first since the restart", "second"], read);
    }
}

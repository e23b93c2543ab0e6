using BotHost.Core.Turns;

namespace BotHost.WebChat;

// How a reply reaches the browser's stream. With one host it goes straight into this process's hub; with
// several (PostgreSQL) it goes through the database to whichever host holds the stream.
public interface IWebChatRelay
{
    Task DeliverAsync(string sessionId, OutboundMessage message, CancellationToken cancellationToken);

    // Before a stream is read here: what other hosts already delivered, and their readers told to stop.
    Task OpenAsync(string sessionId, CancellationToken cancellationToken);
}

public sealed class LocalWebChatRelay(WebChatHub hub) : IWebChatRelay
{
    public Task DeliverAsync(string sessionId, OutboundMessage message, CancellationToken cancellationToken)
    {
        hub.Post(sessionId, message);
        return Task.CompletedTask;
    }

    public Task OpenAsync(string sessionId, CancellationToken cancellationToken) => Task.CompletedTask;
}

using BotHost.DirectLine.Wire;
using BotHost.Teams.Schema;

namespace BotHost.DirectLine.History;

// Each conversation's recent activities, the user's own included (Web Chat waits for its message to come
// back before it shows it as sent), for GET .../activities, the stream and reconnects. In memory for now
// (MemoryActivityHistory); a database-backed one must seal the activities, since they hold what people typed.
public interface IActivityHistory
{
    // Adds the activity after the conversation's others and returns it with its id set.
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    // The kept activities after the watermark (all of them for null, empty or unknown), with the watermark
    // to ask from next time.
    Task<ActivitySet> ReadAsync(string conversationId, string? watermark, CancellationToken cancellationToken);

    // Completes once the conversation has an activity after the watermark.
    Task WaitAsync(string conversationId, string? watermark, CancellationToken cancellationToken);
}

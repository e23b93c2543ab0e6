namespace BotHost.Slack.Payloads;

// The "payload" of an interactivity request: block_actions (a button) or view_submission (a modal).
public sealed record InteractionPayload(
    string? Type,
    InteractionPayload.Ref? Team,
    InteractionPayload.Ref? User,
    string? ApiAppId,
    string? TriggerId,
    InteractionPayload.ActionContainer? Container,
    InteractionPayload.Ref? Channel,
    IReadOnlyList<InteractionPayload.Action>? Actions,
    string? ResponseUrl,
    InteractionPayload.ViewPayload? View)
{
    public sealed record Ref(string? Id, string? Name, string? TeamId);

    public sealed record ActionContainer(string? Type, string? MessageTs, string? ThreadTs, string? ChannelId, bool? IsEphemeral, string? ViewId);

    public sealed record Action(string? ActionId, string? BlockId, string? Type, string? Value, string? ActionTs);

    public sealed record ViewPayload(string? Id, string? Type, string? CallbackId, string? PrivateMetadata, ViewState? State);

    public sealed record ViewState(Dictionary<string, Dictionary<string, StateValue>>? Values);

    public sealed record StateValue(string? Type, string? Value, Option? SelectedOption, string? SelectedDate, IReadOnlyList<Option>? SelectedOptions);

    public sealed record Option(string? Value);

    public string? TeamId => Team?.Id ?? User?.TeamId;
}

using System.Text;
using System.Text.Json;
using BotHost.Slack.Payloads;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace BotHost.Slack.Inbound;

// Parses a verified body into a SlackInbound: Events API JSON, or a form that holds a slash command or an
// interactivity payload. Null means malformed (400); nothing here throws on bad input.
public static class SlackRequestReader
{
    public const string FormMediaType = "application/x-www-form-urlencoded";

    public static SlackInbound? FromHttp(string? contentType, byte[] body, int retryAttempt, string? retryReason)
    {
        try
        {
            return MediaType(contentType) switch
            {
                "application/json" => JsonSerializer.Deserialize(body, SlackJson.Default.EventEnvelope) is { } envelope
                    ? new SlackInbound.Event(envelope, retryAttempt, retryReason)
                    : null,
                FormMediaType => FromForm(Form(body)),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            return null;
        }
    }

    public static SlackInbound? FromSocket(SocketEnvelope envelope)
    {
        if (envelope.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        try
        {
            return envelope.Type switch
            {
                "events_api" => payload.Deserialize(SlackJson.Default.EventEnvelope) is { } e ? new SlackInbound.Event(e, envelope.RetryAttempt ?? 0, envelope.RetryReason) : null,
                "slash_commands" => payload.Deserialize(SlackJson.Default.SlashCommand) is { } c ? new SlackInbound.Command(c) : null,
                "interactive" => payload.Deserialize(SlackJson.Default.InteractionPayload) is { } i ? new SlackInbound.Interaction(i) : null,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Slack's ssl_check is unsigned: it gets a 200 and nothing else.
    public static bool IsSslCheck(string? contentType, byte[] body)
    {
        try
        {
            return MediaType(contentType) == FormMediaType && Form(body).TryGetValue("ssl_check", out var value) && value == "1";
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public static string? MediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    private static SlackInbound? FromForm(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form)
    {
        if (form.TryGetValue("payload", out var payload))
        {
            return JsonSerializer.Deserialize(payload.ToString(), SlackJson.Default.InteractionPayload) is { } interaction
                ? new SlackInbound.Interaction(interaction)
                : null;
        }

        return form.ContainsKey("command") ? new SlackInbound.Command(SlashCommand.FromForm(form)) : null;
    }

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Form(byte[] body)
    {
        using var reader = new FormReader(Encoding.UTF8.GetString(body));
        return reader.ReadForm();
    }
}

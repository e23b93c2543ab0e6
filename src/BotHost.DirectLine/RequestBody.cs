using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotHost.DirectLine.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BotHost.DirectLine;

// A JSON body within the host's size limit (as Teams' /api/messages): 413 when larger, 400 when malformed.
public static class RequestBody
{
    public const long MaxBytes = 512 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http, JsonTypeInfo<T> type, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            return (null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        using var buffer = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            return (null, TypedResults.StatusCode(ex.StatusCode));
        }

        if (buffer.Length == 0)
        {
            return optional ? (null, null) : (null, BadArgument("A JSON body is required."));
        }

        // JSON is UTF-8 (RFC 8259). Checked here because the deserializer leaves JsonElement values (channelData)
        // undecoded, and decoding them later threw: a 500 (found by the fuzz test).
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return (null, BadArgument("The body is not valid UTF-8."));
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) is { } value
                ? (value, null)
                : (null, BadArgument("A JSON object is required."));
        }
        catch (JsonException)
        {
            return (null, BadArgument("The body is not valid JSON of the expected shape."));
        }
    }

    public static IResult BadArgument(string message) =>
        TypedResults.Json(ErrorResponse.BadArgument(message), DirectLineJson.Default.ErrorResponse, statusCode: StatusCodes.Status400BadRequest);
}

using System.Text;
using System.Text.Json;
using BotHost.Teams;

namespace BotHost.Tests.Teams;

// Found by the fuzz test: strings a client sent that GetString cannot decode made Teams and Direct Line answer 500.
public sealed class JsonStringsTests
{
    [Theory]
    [InlineData("""{"action":"\ud800"}""")]
    [InlineData("""{"form":"f","name":"\udfff x"}""")]
    public void A_lone_surrogate_is_no_value(string json)
    {
        var value = SubmitValue.Read(JsonDocument.Parse(json).RootElement);

        Assert.Null(value.Action);
        Assert.True(value.Form is null || !value.Form.ContainsKey("name"));
    }

    [Fact]
    public void Invalid_utf8_is_no_value()
    {
        byte[] json = [.. Encoding.UTF8.GetBytes("{\"action\":\"a"), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\"}")];

        var action = JsonDocument.Parse(json).RootElement.GetProperty("action");

        Assert.Null(JsonStrings.Read(action));
    }
}

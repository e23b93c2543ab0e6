using System.Text.Json;
using BotHost.Slack;
using BotHost.Slack.BlockKit;
using BotHost.Slack.Payloads;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Slack.BlockKit;

public sealed class ModalRendererTests
{
    [Fact]
    public void A_form_becomes_a_modal_with_one_input_per_field()
    {
        var view = ModalRenderer.Render(new TestReportForm().Blank(), "D0001");

        Assert.Equal("modal", view.Type);
        Assert.Equal("form:testform", view.CallbackId);
        Assert.Equal("Report a problem", view.Title!.Text);
        Assert.Equal("Send report", view.Submit!.Text);
        var inputs = view.Blocks.Cast<InputBlock>().ToList();
        Assert.Equal(["what", "where", "when", "anonymous"], inputs.Select(i => i.BlockId));
        Assert.False(inputs[0].Optional);
        Assert.True(inputs[1].Optional);
        var what = Assert.IsType<PlainTextInputElement>(inputs[0].Element);
        Assert.True(what.Multiline);
        Assert.Equal(2000, what.MaxLength);
        Assert.Equal(["office", "remote"], Assert.IsType<StaticSelectElement>(inputs[1].Element).Options.Select(o => o.Value));
        Assert.IsType<DatePickerElement>(inputs[2].Element);
        Assert.IsType<CheckboxesElement>(inputs[3].Element);
    }

    [Fact]
    public void Private_metadata_names_the_form_and_the_DM_and_nothing_typed()
    {
        var view = ModalRenderer.Render(new TestReportForm().Blank(), "D0001");

        Assert.Equal("""{"form":"testform","channel":"D0001"}""", view.PrivateMetadata);
    }

    [Theory]
    [InlineData("Report a problem in confidence", "Report a problem")]
    [InlineData("Send report", "Send report")]
    [InlineData("Submit this report now please", "Submit this report now")]
    [InlineData("Supercalifragilisticexpialidocious", "Supercalifragilisticexp…")]
    public void Long_titles_are_cut_to_whole_words_within_24_characters(string title, string expected)
    {
        var view = ModalRenderer.Render(new BotHost.Core.Turns.Form("f", title, [], title), null);

        Assert.Equal(expected, view.Title!.Text);
        Assert.Equal(expected, view.Submit!.Text);
        Assert.True(view.Title.Text.Length <= 24);
    }

    [Fact]
    public void Submitted_state_becomes_field_values()
    {
        var payload = JsonSerializer.Deserialize(SlackPayloads.Load("view_submission").ToJsonString(), SlackJson.Default.InteractionPayload)!;

        var values = ModalRenderer.Values(payload.View!.State);

        Assert.Equal("My manager reads our DMs", values["what"]);
        Assert.Equal("office", values["where"]);
        Assert.Equal("2026-11-20", values["when"]);
        Assert.Equal("true", values["anonymous"]);
        Assert.Equal(new FormMetadata("testform", "D0001"), ModalRenderer.Metadata(payload.View));
    }
}

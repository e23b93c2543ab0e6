using BotHost.Core.Turns;
using BotHost.Tests.Infrastructure;

namespace BotHost.Tests.Core.Reports;

// Drives a report through the web chat the way a worker on a phone would: mostly buttons.
public static class ReportFlow
{
    // "report": the intro, then the first question, which is returned.
    public static async Task<OutboundMessage> StartAsync(WebChatClient chat)
    {
        await chat.SayAsync("report");
        return await chat.NextAsync();
    }

    // Up to "How should your report travel?", which is returned.
    public static async Task<OutboundMessage> AnswerUpToDeliveryAsync(
        WebChatClient chat, string employer = "Acme", string description = "They started recording our screens.", string when = "last week")
    {
        await StartAsync(chat);
        await chat.PressAsync("report:category:Surveillance");
        await chat.SayAsync(employer);
        await chat.SayAsync(description);
        await chat.SayAsync(when);
        await chat.PressAsync("report:people:Few");
        return await chat.PressAsync("report:urgency:Soon");
    }

    public static async Task<OutboundMessage> AnswerUpToContactAsync(WebChatClient chat, string employer, string description, string when = "last Tuesday")
    {
        await AnswerUpToDeliveryAsync(chat, employer, description, when);
        return await chat.PressAsync("report:delivery:Now");
    }

    public static async Task<string> CompleteAsync(WebChatClient chat, string employer, string description, string when = "last Tuesday", bool share = false)
    {
        await AnswerUpToContactAsync(chat, employer, description, when);
        await chat.PressAsync("report:contact:None");
        var sent = await chat.PressAsync(share ? "report:confirm-share" : "report:confirm");
        var start = sent.Text.IndexOf("**", StringComparison.Ordinal) + 2;
        return sent.Text[start..sent.Text.IndexOf("**", start, StringComparison.Ordinal)];
    }
}

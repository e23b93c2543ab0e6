using System.Globalization;
using BotHost.Core.Faq;
using BotHost.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Faq;

// The FAQ through the web chat, end to end: inbox, engine, feature, stores, outbox.
public sealed class FaqChatTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_confident_answer_has_sources_the_month_it_was_checked_a_disclaimer_and_feedback_buttons()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var reply = await chat.SayAsync("can my boss read my slack dms");

        Assert.StartsWith("**Can my employer read my Slack or Teams messages?**", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Sources: [ico.org.uk](https://ico.org.uk/", reply.Text, StringComparison.Ordinal);
        var reviewed = FaqLoader.Load(FaqFiles.RealFolder, FaqFiles.Sources).Entries.Single(e => e.Id == "employer-reads-messages").Reviewed;
        Assert.EndsWith($"\nChecked: {reviewed.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}\n{FaqReplies.Disclaimer}", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Choices, c => c.Value == "faq:up:employer-reads-messages");
        Assert.Contains(reply.Choices, c => c.Value == "faq:down:employer-reads-messages");
        Assert.Contains(reply.Choices, c => c.Value == "help");
    }

    [Fact]
    public async Task Below_the_threshold_the_bot_offers_three_topics_and_a_rep_and_notes_the_question()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var reply = await chat.SayAsync("my landlord wont return my deposit, email me at jo@example.com");

        Assert.StartsWith("I'm not sure I've got the right answer", reply.Text, StringComparison.Ordinal);
        Assert.InRange(reply.Choices.Count(c => c.Value.StartsWith("faq:", StringComparison.Ordinal)), 1, 3);
        Assert.Contains(reply.Choices, c => c.Value == "rep");
        var store = host.Services.GetRequiredService<IUnansweredStore>();
        var noted = Assert.Single(await store.ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default));
        Assert.Equal("my landlord wont return my deposit, email me at [email]", noted.Text);
        Assert.Equal(0, noted.AskedAt.Minute);
    }

    [Fact]
    public async Task Unanswered_questions_are_sealed_and_hold_no_user_id()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        await chat.SayAsync("canary-5521 how do i file my self assessment");

        var columns = await ColumnsAsync(host, "faq_unanswered");
        Assert.DoesNotContain(columns, c => c.Contains("user", StringComparison.Ordinal) || c.Contains("conversation", StringComparison.Ordinal));
        SqliteConnection.ClearAllPools();
        Assert.Equal(1, await host.Services.GetRequiredService<IUnansweredStore>().CountAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default));
        foreach (var file in new[] { host.DatabasePath, host.DatabasePath + "-wal" }.Where(File.Exists))
        {
            var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("canary-5521", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Feedback_is_stored_per_entry_without_a_user_id()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var up = await chat.PressAsync("faq:up:bossware");
        var down = await chat.PressAsync("faq:down:bossware");
        await chat.PressAsync("faq:up:no-such-entry");

        Assert.Equal("Thanks for the feedback.", up.Text);
        Assert.Contains(down.Choices, c => c.Value == "rep");
        var summary = await host.Services.GetRequiredService<IFaqFeedbackStore>().SummaryAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default);
        Assert.Equal(new FaqFeedbackSummary("bossware", 1, 1), Assert.Single(summary));
        Assert.Equal(["id", "entry_id", "helpful", "created_at"], await ColumnsAsync(host, "faq_feedback"));
    }

    [Fact]
    public async Task The_digest_counts_the_same_unanswered_question_together_and_sums_feedback()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        await chat.SayAsync("What time does the canteen close on Fridays?");
        await chat.SayAsync("what time does the canteen close on fridays");
        await chat.SayAsync("whats minimum wage in australia");
        await chat.PressAsync("faq:up:bossware");

        var source = host.Services.GetRequiredService<BotHost.Core.Digests.IFaqDigestSource>();
        var questions = await source.UnansweredAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 10, default);
        var feedback = await source.FeedbackAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default);
        Assert.Equal(2, questions[0].Count);
        Assert.Equal("What time does the canteen close on Fridays?", questions[0].Question);
        Assert.Equal(1, questions[1].Count);
        Assert.Equal(new BotHost.Core.Digests.FaqFeedback("bossware", 1, 0), Assert.Single(feedback));
    }

    [Fact]
    public async Task A_topic_button_shows_that_entry()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var reply = await chat.PressAsync("faq:flexible-working");

        Assert.StartsWith("**Asking to work flexibly**", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_the_faq_without_a_question_prompts_with_popular_topics()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var reply = await chat.PressAsync("faq");

        Assert.StartsWith("Type your question in your own words", reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Choices, c => c.Value == "faq:workplace-monitoring");
    }

    [Fact]
    public async Task Ask_prefix_reaches_the_faq()
    {
        await using var host = new BotHostFactory(folder.Path);
        var chat = await WebChatClient.StartAsync(host);

        var reply = await chat.SayAsync("ask is bossware legal?");

        Assert.StartsWith("**Bossware", reply.Text, StringComparison.Ordinal);
    }

    private static async Task<List<string>> ColumnsAsync(BotHostFactory host, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={host.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    public void Dispose() => folder.Dispose();
}

using System.Text.Json;
using BotHost.Core.Digests;
using BotHost.Core.Turns;
using BotHost.WebChat;

namespace BotHost.Tests.Core.Digests;

public sealed class DigestRenderingTests
{
    [Fact]
    public void Markdown_has_a_section_and_a_table_row_per_group()
    {
        var md = DigestMarkdown.Render(SampleDigest.Create());

        Assert.StartsWith("# Digest: 9 Nov to 15 Nov 2026\n", md);
        Assert.Contains("**Reports:** 21 (+5)", md);
        Assert.Contains("## Reports by category\n\n| Category | Reports | Change |\n|---|---:|---:|\n", md);
        Assert.Contains("| Surveillance and monitoring | 12 | +3 |", md);
        Assert.Contains("| Initech \\| Ltd | 9 | −2 |", md);
        Assert.Contains("`K7P2Q9`, `M3N4P5` and 1 more", md);
        Assert.Contains("## Urgent and still open\n\nNone.", md);
        Assert.Contains("> **Surveillance and monitoring:** They read our DMs, \"for safety\". Contact \\[email\\].", md);
        Assert.Contains("| Can they track my phone? | 4 |", md);
    }

    [Fact]
    public void Markdown_says_fewer_than_k_instead_of_a_small_count()
    {
        var md = DigestMarkdown.Render(SampleDigest.Tiny());

        Assert.Contains("**Reports:** fewer than 3", md);
        Assert.Contains("| Other | fewer than 3 |  |", md);
    }

    [Fact]
    public void Csv_has_five_columns_on_every_line_and_neutralises_formulas()
    {
        var csv = DigestCsv.Render(SampleDigest.Create());
        var lines = csv.TrimEnd('\n').Split('\n');

        Assert.Equal(DigestCsv.Header, lines[0]);
        Assert.All(lines, line => Assert.Equal(5, Fields(line).Count));
        Assert.Contains("period,current,7,,2026-11-09/2026-11-15", lines);
        Assert.Contains("total,All reports,21,5,", lines);
        Assert.Contains("category,Surveillance and monitoring,12,3,", lines);
        Assert.Contains("employer,\"'=HYPERLINK(\"\"x\"\")\",3,,", lines);
        Assert.Contains("waiting,reports,3,,", lines);
        Assert.Contains("waiting,code,,,K7P2Q9", lines);
        Assert.Contains("faq-not-helpful,right-to-disconnect,2,,", lines);
        Assert.Equal("They read our DMs, \"for safety\". Contact [email].", Fields(lines.Single(l => l.StartsWith("excerpt,", StringComparison.Ordinal)))[4]);
    }

    [Fact]
    public void Csv_leaves_the_count_empty_for_a_small_group()
    {
        var lines = DigestCsv.Render(SampleDigest.Tiny()).Split('\n');

        Assert.Contains("category,Other,,,", lines);
        Assert.Contains("total,All reports,,,", lines);
    }

    [Fact]
    public void Json_carries_the_digest_with_null_for_hidden_counts()
    {
        using var json = JsonDocument.Parse(DigestJson.Render(SampleDigest.Tiny()));
        var root = json.RootElement;

        Assert.Equal("2026-11-09", root.GetProperty("period").GetProperty("first").GetString());
        Assert.Equal(3, root.GetProperty("minGroupSize").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("total").GetProperty("count").ValueKind);
        var other = root.GetProperty("byCategory")[0];
        Assert.True(other.GetProperty("isOther").GetBoolean());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("count").ValueKind);
        Assert.Equal(3, root.GetProperty("waitingForContact").GetProperty("count").GetInt32());
    }

    [Fact]
    public void The_chat_message_summarises_in_text_and_tabulates_in_facts()
    {
        var message = DigestMessage.Create(SampleDigest.Create());

        Assert.StartsWith("**Digest: 9 Nov to 15 Nov 2026**\n- Reports: 21 (+5 on the 7 days before)\n- Waiting for contact: 3\n", message.Text);
        Assert.Equal(
            ["Reports by category", "Reports by employer", "Waiting for contact", "In workers' own words", "Unanswered questions", "FAQ feedback"],
            message.Facts.Select(g => g.Title));
        Assert.Contains(message.Facts[0].Facts, f => f is { Label: "Surveillance and monitoring", Value: "12 (+3)" });
        Assert.Contains(message.Facts[0].Facts, f => f is { Label: "Other", Value: "5" });
        Assert.Contains(message.Facts[2].Facts, f => f is { Label: "Codes", Value: "K7P2Q9, M3N4P5 and 1 more" });
    }

    [Fact]
    public void The_chat_message_adds_employers_beyond_the_largest_into_other()
    {
        var rows = Enumerable.Range(1, 14).Select(i => new DigestRow($"Employer {i}", 30 - i, null)).ToList();
        var digest = SampleDigest.Create() with { ByEmployer = [.. rows, new DigestRow("Other", 4, null) { IsOther = true }] };

        var employers = DigestMessage.Create(digest).Facts.Single(g => g.Title == "Reports by employer").Facts;

        Assert.Equal(DigestMessage.MaxEmployers + 1, employers.Count);
        Assert.Equal(new Fact("Other", (16 + 17 + 18 + 19 + 4).ToString(System.Globalization.CultureInfo.InvariantCulture)), employers[^1]);
    }

    [Fact]
    public void The_web_chat_receives_facts_as_json()
    {
        var json = JsonSerializer.Serialize(DigestMessage.Create(SampleDigest.Create()), WebChatJson.Default.OutboundMessage);

        using var page = JsonDocument.Parse(json);
        var group = page.RootElement.GetProperty("facts")[0];
        Assert.Equal("Reports by category", group.GetProperty("title").GetString());
        Assert.Equal("Surveillance and monitoring", group.GetProperty("facts")[0].GetProperty("label").GetString());
        Assert.Equal("12 (+3)", group.GetProperty("facts")[0].GetProperty("value").GetString());
    }

    // A CSV line split into fields, honouring quotes.
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

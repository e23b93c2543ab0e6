using BotHost.Core.Recognizers;
using BotHost.Core.Recognizers.Dates;
using BotHost.Core.Recognizers.Numbers;
using BotHost.Core.Recognizers.PersonalData;
using BotHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BotHost.Tests.Core.Recognizers;

// The recognizers callers use, scored on the shared British set (british-phrasings.tsv, written before
// anything was scored on it) and the breadth set. The floors are today's scores (docs/recognizers.md), so a
// change that reads fewer of these right fails here; raise them when a change reads more.
public sealed class RecognizerSetTests
{
    private static readonly RecognizerSet.Reader InUse = new(
        "in use",
        (text, now) => DateRecognizer.Recognize(text, now) is [var d, ..] ? d.Resolution : null,
        text => NumberRecognizer.Recognize(text) is [var n, ..] ? n.Resolution : null,
        text => PersonalDataRecognizer.Recognize(text).FirstOrDefault(r => r.TypeName == TypeNames.PhoneNumber)?.Resolution,
        text => PersonalDataRecognizer.Recognize(text).FirstOrDefault(r => r.TypeName == TypeNames.Email)?.Resolution);

    [Theory]
    [InlineData("british-phrasings.tsv", "date", 64)]
    [InlineData("british-phrasings.tsv", "number", 44)]
    [InlineData("british-phrasings.tsv", "phone", 26)]
    [InlineData("british-phrasings.tsv", "email", 13)]
    [InlineData("british-phrasings-breadth.tsv", "date", 30)]
    [InlineData("british-phrasings-breadth.tsv", "number", 14)]
    [InlineData("british-phrasings-breadth.tsv", "phone", 13)]
    [InlineData("british-phrasings-breadth.tsv", "email", 6)]
    public void Reads_the_British_set_at_least_as_well_as_today(string file, string kind, int floor)
    {
        var rows = RecognizerSet.Load(Path.Combine(AppContext.BaseDirectory, "Core", "Recognizers", file)).Where(r => r.Kind == kind).ToList();

        var misses = rows.Select(r => RecognizerSet.Score(r, InUse)).Where(o => !o.Passed).ToList();

        Assert.True(rows.Count - misses.Count >= floor, $"{rows.Count - misses.Count}/{rows.Count} {kind} rows right, floor {floor}; misses:\n"
            + string.Join('\n', misses.Select(m => $"  line {m.Row.Line} \"{m.Row.Input}\": expected {m.Row.Expected}, found {m.Found}")));
    }

    [Fact]
    public void The_set_covers_every_kind_with_things_that_must_not_be_read()
    {
        var rows = RecognizerSet.Load(Path.Combine(AppContext.BaseDirectory, "Core", "Recognizers", RecognizerSet.FileName));

        Assert.All(new[] { "date", "number", "phone", "email" }, kind =>
        {
            Assert.Contains(rows, r => r.Kind == kind && r.Expected != "-");
            Assert.Contains(rows, r => r.Kind == kind && r.Expected == "-");
        });
    }

    // The date model is built on the host's background warm-up, not on the first worker's answer, and the
    // warm-up logs only how long it took.
    [Fact]
    public async Task The_host_builds_the_date_model_in_the_background_after_start_up()
    {
        using var folder = new TempFolder();
        await using var host = new BotHostFactory(folder.Path);
        _ = host.Services.GetRequiredService<IHostApplicationLifetime>();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!host.Logs.GetSnapshot().Any(r => r.Id.Id == 900) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        var built = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 900);
        Assert.True(LibraryDates.IsBuilt);
        Assert.Equal(["Milliseconds", "{OriginalFormat}"], built.StructuredState!.Select(s => s.Key).Order(StringComparer.Ordinal));
    }
}

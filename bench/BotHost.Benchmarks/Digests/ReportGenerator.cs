using System.Diagnostics;
using System.Globalization;
using System.Text;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Hosting;
using BotHost.Storage;
using BotHost.Storage.Reports;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Benchmarks.Digests;

// Builds a database of synthetic reports once and keeps it in the temp folder for later runs (BenchmarkDotNet
// starts a process per benchmark). Rows go in with one prepared INSERT in one transaction, in day order.
// Only shared reports (about 0.5 %) get real sealed content, since the digest opens only those; the rest
// carry one fixed dummy blob that nothing in the digest ever opens.
public static class ReportGenerator
{
    // A bench-only key, so the cached database opens in every run.
    public static readonly string MasterKey = Convert.ToBase64String([.. Enumerable.Range(100, 32).Select(i => (byte)i)]);

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Days = 730;
    private const int Employers = 200;
    private static readonly double[] CategoryWeights = [22, 15, 18, 12, 8, 10, 8, 5, 2];

    public static string EnsureDatabase(int reports, DateTimeOffset now)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bothost-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"digest-{reports}-v1.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        foreach (var stale in Directory.GetFiles(folder, Path.GetFileName(building) + "*"))
        {
            File.Delete(stale);
        }

        var watch = Stopwatch.StartNew();
        GenerateAsync(building, reports, now).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        Console.WriteLine($"// Generated {reports:N0} reports in {watch.Elapsed.TotalSeconds:F1} s: {path}");
        return path;
    }

    private static async Task GenerateAsync(string path, int reports, DateTimeOffset now)
    {
        await using var app = BotHostApp.Build([$"--Storage:ConnectionString=Data Source={path}", $"--Reports:EncryptionKey={MasterKey}", "--Storage:Synchronous=NORMAL"], quiet: true);
        await app.Services.GetRequiredService<Migrator>().MigrateAsync();
        var keyring = app.Services.GetRequiredService<Keyring>();
        var sealer = app.Services.GetRequiredService<ReportSealer>();
        var employerKeys = Enumerable.Range(1, Employers).Select(i => keyring.Pseudonym("employer", EmployerName.Normalise(Employer(i)))).ToArray();

        await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(
            "INSERT INTO employers (employer_key, name) VALUES (@key, @name)",
            Enumerable.Range(1, Employers).Select(i => new
            {
                key = employerKeys[i - 1],
                name = keyring.Seal(Encoding.UTF8.GetBytes(Employer(i)), "employer:" + employerKeys[i - 1]),
            }),
            transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO reports (code, source_id, user_key, category, urgency, people, employer_key, status, wants_contact, share_text,
                                 created_on, expires_on, key_id, wrapped_key, content)
            VALUES (@Code, @SourceId, @UserKey, @Category, @Urgency, @People, @EmployerKey, @Status, @WantsContact, @ShareText,
                    @CreatedOn, @ExpiresOn, @KeyId, @WrappedKey, @Content)
            """,
            Rows(reports, now, employerKeys, keyring.Master, sealer),
            transaction);
        await transaction.CommitAsync();
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static IEnumerable<Row> Rows(int reports, DateTimeOffset now, string[] employerKeys, MasterKeys master, ReportSealer sealer)
    {
        var random = new Random(1_000_000);
        var employerWeights = Enumerable.Range(1, Employers).Select(rank => 1 / Math.Pow(rank, 1.1)).ToArray();
        var dummy = new SealedReport(master.Wrap(new byte[32], ReportSealer.Purpose), new byte[120]);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < reports; i++)
        {
            // Spread evenly over the last two years, oldest first, so indexes led by the day grow at the end.
            var created = today.AddDays(-Days + (int)((long)i * Days / reports));
            var age = today.DayNumber - created.DayNumber;
            var code = Code(i);
            var share = random.NextDouble() < 0.005;
            var category = (ReportCategory)Pick(random, CategoryWeights);
            var sealedReport = share ? sealer.Seal(code, Content(random, category)) : dummy;
            yield return new Row
            {
                Code = code,
                SourceId = "bench-" + i.ToString("D7", CultureInfo.InvariantCulture),
                UserKey = "bench-user-" + random.Next(200_000).ToString(CultureInfo.InvariantCulture),
                Category = category.ToString(),
                Urgency = ((Urgency)Pick(random, [60, 35, 5])).ToString(),
                People = ((PeopleBand)random.Next(5)).ToString(),
                EmployerKey = employerKeys[Pick(random, employerWeights)],
                Status = Status(random, age),
                WantsContact = random.NextDouble() < 0.3,
                ShareText = share,
                CreatedOn = SqlReportStore.Day(created),
                ExpiresOn = SqlReportStore.Day(created.AddDays(Days + 1)),
                KeyId = sealedReport.Key.KeyId,
                WrappedKey = sealedReport.Key.Data,
                Content = sealedReport.Content,
            };
        }
    }

    // Old cases are mostly closed; recent ones are spread over the working states.
    private static string Status(Random random, int age) =>
        (age > 60 && random.NextDouble() < 0.97 ? ReportStatus.Closed : (ReportStatus)Pick(random, [50, 20, 20, 10])).ToString();

    private static ReportContent Content(Random random, ReportCategory category) => new()
    {
        Employer = Employer(random.Next(1, Employers + 1)),
        Description = $"Synthetic {category} report {random.Next():X8}: the new system logs every click; ask jo@example.org or 07700 900{random.Next(100, 999)}.",
        When = "last week",
    };

    private static string Employer(int i) => $"Employer {i.ToString(CultureInfo.InvariantCulture)} Ltd";

    private static string Code(int i)
    {
        Span<char> code = stackalloc char[6];
        for (var p = 5; p >= 0; p--)
        {
            code[p] = Alphabet[i % Alphabet.Length];
            i /= Alphabet.Length;
        }

        return new string(code);
    }

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private sealed class Row
    {
        public required string Code { get; init; }
        public required string SourceId { get; init; }
        public required string UserKey { get; init; }
        public required string Category { get; init; }
        public required string Urgency { get; init; }
        public required string People { get; init; }
        public required string EmployerKey { get; init; }
        public required string Status { get; init; }
        public required bool WantsContact { get; init; }
        public required bool ShareText { get; init; }
        public required string CreatedOn { get; init; }
        public required string ExpiresOn { get; init; }
        public required string KeyId { get; init; }
        public required byte[] WrappedKey { get; init; }
        public required byte[] Content { get; init; }
    }
}

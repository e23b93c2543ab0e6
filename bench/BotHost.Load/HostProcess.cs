using System.Diagnostics;
using System.Globalization;

namespace BotHost.Load;

// One published host as a child process, optionally pinned to a CPU with taskset, with its log in a file.
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, string baseUrl, string logPath)
    {
        this.process = process;
        BaseUrl = baseUrl;
        LogPath = logPath;
    }

    public string BaseUrl { get; }

    public string LogPath { get; }

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    public static HostProcess Start(string appFolder, int port, string? cpus, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var dll = Path.Combine(appFolder, "BotHost.dll");
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = cpus is null
            ? new ProcessStartInfo("dotnet") { ArgumentList = { dll, "--urls", baseUrl } }
            : new ProcessStartInfo("taskset") { ArgumentList = { "-c", cpus, "dotnet", dll, "--urls", baseUrl } };
        start.WorkingDirectory = appFolder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, baseUrl, logPath);
    }

    public async Task WaitReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}; see {LogPath}.");
            }

            try
            {
                using var response = await client.GetAsync(BaseUrl + "/readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host was not ready within {timeout.TotalSeconds} s; see {LogPath}.");
    }

    // Resident set size now and at its peak (VmRSS, VmHWM), in MiB.
    public (double Rss, double Peak) Memory()
    {
        double Read(string field)
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }

        return process.HasExited ? (0, 0) : (Read("VmRSS:"), Read("VmHWM:"));
    }

    public void Kill() => process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}

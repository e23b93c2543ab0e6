using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BotHost.Load;
using BotHost.Load.Fakes;
using BotHost.Load.Traffic;

// End-to-end load on a published host: signed Slack DMs or Bot Framework activities in, replies counted at
// loopback fakes. See bench/e2e.sh for the runs in docs/pipeline.md.
var app = new Option<string>("--app") { Description = "Folder of a published BotHost (dotnet publish -c Release).", Required = true };
var platform = new Option<string>("--platform") { Description = "slack or teams.", DefaultValueFactory = _ => "slack" };
var connections = new Option<int>("--connections") { Description = "Concurrent requests (closed loop).", DefaultValueFactory = _ => 32 };
var seconds = new Option<double>("--seconds") { Description = "How long to offer load.", DefaultValueFactory = _ => 10 };
var warmup = new Option<double>("--warmup-seconds") { Description = "Load before the measured run (answered, then not counted).", DefaultValueFactory = _ => 5 };
var users = new Option<int>("--users") { Description = "Distinct workers (one DM each).", DefaultValueFactory = _ => 2000 };
var questionsPath = new Option<string>("--questions") { Description = "TSV whose second column is asked in turn.", Required = true };
var hostCount = new Option<int>("--hosts") { Description = "Host processes on the same database.", DefaultValueFactory = _ => 1 };
var cpus = new Option<string?>("--host-cpus") { Description = "taskset CPU list per host, separated by '/', e.g. 0 or 0/1." };
var provider = new Option<string>("--provider") { Description = "sqlite or postgres.", DefaultValueFactory = _ => "sqlite" };
var connectionString = new Option<string?>("--connection-string") { Description = "PostgreSQL connection string (an empty database)." };
var drainTimeout = new Option<double>("--drain-seconds") { Description = "Longest wait for the last reply.", DefaultValueFactory = _ => 300 };
var extra = new Option<string[]>("--set") { Description = "More host settings, Key=Value (e.g. Pipeline__BatchSize=128).", AllowMultipleArgumentsPerToken = true };

var root = new RootCommand("BotHost end-to-end load") { app, platform, connections, seconds, warmup, users, questionsPath, hostCount, cpus, provider, connectionString, drainTimeout, extra };
root.SetAction(async (result, cancellationToken) =>
{
    var options = new LoadOptions(
        result.GetValue(app)!, result.GetValue(platform)!, result.GetValue(connections), result.GetValue(seconds), result.GetValue(warmup),
        result.GetValue(users), result.GetValue(questionsPath)!, result.GetValue(hostCount), result.GetValue(cpus), result.GetValue(provider)!,
        result.GetValue(connectionString), result.GetValue(drainTimeout), result.GetValue(extra) ?? []);
    return await LoadSession.RunAsync(options, cancellationToken);
});
return await root.Parse(args).InvokeAsync();

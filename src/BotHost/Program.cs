using BotHost.Hosting.Cli;

// `BotHost` with no command runs the server; `BotHost migrate`, `BotHost ask` and the rest are in Hosting/Cli.
return await BotHostCli.RunAsync(args);

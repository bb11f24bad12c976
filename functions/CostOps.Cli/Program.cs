using CostOps.Cli;

return await CliApp.RunAsync(args, CliHost.FromProcess(TimeProvider.System)).ConfigureAwait(false);

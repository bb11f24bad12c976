using System.CommandLine;
using CostOps.Cli.Build;
using CostOps.Cli.Fleet;
using CostOps.Cli.Output;

namespace CostOps.Cli.Commands;

/// <summary><c>costops keep-running</c> and <c>costops release</c>: the keep-running override tag, written and removed.</summary>
public static class OverrideCommands
{
    public static Command KeepRunning(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var options = new FleetOptions();
        var target = new Argument<string>("CLUSTER/SERVICE") { Description = "The service, e.g. dev/api." };
        var forDuration = new Option<string?>("--for") { Description = $"How long to keep it running: {TimeText.ExpectedDuration}." };
        var until = new Option<string?>("--until") { Description = $"Until when: {TimeText.ExpectedTime}." };
        var command = options.AddTo(new Command("keep-running", Help.WithExample(
            "Keep a service running outside its schedule until a time: writes its keep-running tag (what the scheduler reads), and says when a stopped service comes up. The schedule applies again when the time passes, or after costops release.",
            "costops keep-running dev/api --for 3h",
            "costops keep-running dev/api --until 2026-11-24T22:00+01:00",
            "costops keep-running app/api --for 2h --account 111111111111 --region eu-west-1")), withScope: false);
        options.AddAccountTo(command);
        command.Arguments.Add(target);
        command.Options.Add(forDuration);
        command.Options.Add(until);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var service = ServiceTarget.Parse(parse.GetValue(target)!);
            var now = host.Time.GetUtcNow();
            var end = (parse.GetValue(forDuration), parse.GetValue(until)) switch
            {
                ({ } duration, null) => RoundUp(now + TimeText.ParseDuration(duration, "--for")),
                (null, { } time) => TimeText.ParseTime(time, "--until"),
                _ => throw new UsageException("say how long: pass either --for DURATION (e.g. 3h) or --until TIME (e.g. 2026-11-24T22:00Z)"),
            };
            if (end <= now)
            {
                throw new UsageException($"--until {TimeText.Format(end)} has passed (it is {TimeText.Format(now)} UTC): give a time in the future");
            }

            var fleet = await MemberFleet.CreateAsync(host, options, parse, needsClusters: false, cancellationToken).ConfigureAwait(false);
            var result = await new OverrideTagger(fleet, host.Time).KeepRunningAsync(service, end, cancellationToken).ConfigureAwait(false);
            return await WriteAsync(host, parse.GetValue(options.Json), result).ConfigureAwait(false);
        });
        return command;
    }

    public static Command Release(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var options = new FleetOptions();
        var target = new Argument<string>("CLUSTER/SERVICE") { Description = "The service, e.g. dev/api." };
        var command = options.AddTo(new Command("release", Help.WithExample(
            "End a keep-running override now: removes the service's keep-running tag, and says when the scheduler stops it if its schedule says stopped.",
            "costops release dev/api",
            "costops release app/api --account 111111111111 --region eu-west-1")), withScope: false);
        options.AddAccountTo(command);
        command.Arguments.Add(target);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var service = ServiceTarget.Parse(parse.GetValue(target)!);
            var fleet = await MemberFleet.CreateAsync(host, options, parse, needsClusters: false, cancellationToken).ConfigureAwait(false);
            var result = await new OverrideTagger(fleet, host.Time).ReleaseAsync(service, cancellationToken).ConfigureAwait(false);
            return await WriteAsync(host, parse.GetValue(options.Json), result).ConfigureAwait(false);
        });
        return command;
    }

    private static DateTimeOffset RoundUp(DateTimeOffset at)
    {
        var minute = TimeSpan.TicksPerMinute;
        var ticks = at.UtcTicks % minute == 0 ? at.UtcTicks : (at.UtcTicks / minute + 1) * minute;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    private static async Task<int> WriteAsync(CliHost host, bool json, OverrideResult result)
    {
        if (json)
        {
            await JsonOutput.WriteAsync(host.Out, result, CliJsonContext.Default.OverrideResult).ConfigureAwait(false);
        }
        else
        {
            await host.Out.WriteLineAsync(result.Message).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}

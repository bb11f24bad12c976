using System.Globalization;
using System.Net;
using CostOps.Aws.EventBridgeScheduler;
using CostOps.Aws.Http;
using CostOps.Core.Scheduler.Ports;

namespace CostOps.Aws.Adapters;

/// <summary>
/// The boundary wake-up as one EventBridge Scheduler one-time schedule per deployment, or per account-region for the
/// workers of a hub scheduler (<see cref="BoundaryWakeUpOptions.Name"/> in the configured group): <c>at(…)</c> in UTC, no flexible
/// window, invoking the scheduler function with its boundary payload. It writes only when the wanted definition
/// differs from the last one known to be in place: after a cold start it reads the schedule once (GetSchedule),
/// then remembers what it wrote, so a quiet tick costs no write. Created when missing (CreateSchedule; on
/// ConflictException, because another run created it first, UpdateSchedule), otherwise replaced (UpdateSchedule;
/// on ResourceNotFoundException, because someone deleted it, CreateSchedule). A fired one-time schedule stays
/// in place (state ENABLED, its time past) until the next write moves it.
/// </summary>
public sealed class EventBridgeBoundaryWakeUp : IBoundaryWakeUp
{
    /// <summary>What the function receives: <c>{"source":"costops.scheduler","trigger":"boundary",…}</c>, a run decided from the clock.</summary>
    public const string Input = """{"source":"costops.scheduler","trigger":"boundary","schedule":"costops-next-boundary"}""";

    /// <summary><see cref="Input"/>, or for a worker the same naming its schedule, account and region, so the wake-up runs only that worker.</summary>
    public static string InputOf(BoundaryWakeUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Account is null
            ? Input
            : $$"""{"source":"costops.scheduler","trigger":"boundary","schedule":"{{options.Name}}","account":"{{options.Account}}","region":"{{options.Region}}"}""";
    }

    /// <summary>A boundary run more than 5 minutes late is no better than the safety tick: two retries within that.</summary>
    internal static readonly ScheduleRetryPolicy Retries = new() { MaximumRetryAttempts = 2, MaximumEventAgeInSeconds = 300 };

    private readonly IEventBridgeSchedulerClient _client;
    private readonly BoundaryWakeUpOptions _options;
    private ScheduleDefinition? _inPlace;

    public EventBridgeBoundaryWakeUp(IEventBridgeSchedulerClient client, BoundaryWakeUpOptions options)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public async Task EnsureAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var wanted = Definition(at);
        if (wanted == _inPlace)
        {
            return;
        }

        try
        {
            bool? exists = null;
            if (_inPlace is null)
            {
                var current = await GetOrNullAsync(cancellationToken).ConfigureAwait(false);
                if (current is not null && Same(current, wanted))
                {
                    _inPlace = wanted;
                    return;
                }

                exists = current is not null;
            }

            _inPlace = null;
            await (exists == false ? CreateAsync(wanted, cancellationToken) : UpdateAsync(wanted, cancellationToken)).ConfigureAwait(false);
            _inPlace = wanted;
        }
        catch (AwsServiceException ex)
        {
            throw new InvalidOperationException(
                $"the one-time schedule {_options.GroupName}/{_options.Name} could not be set to {Expression(at)}: {ex.Message}", ex);
        }
    }

    /// <summary><c>at(yyyy-mm-ddThh:mm:ss)</c> in UTC; fractions of a second are dropped (the scheduler passes whole minutes).</summary>
    internal static string Expression(DateTimeOffset at) =>
        "at(" + at.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + ")";

    internal ScheduleDefinition Definition(DateTimeOffset at) => new()
    {
        Name = _options.Name,
        GroupName = _options.GroupName,
        ScheduleExpression = Expression(at),
        ScheduleExpressionTimezone = "UTC",
        FlexibleTimeWindow = FlexibleTimeWindow.None,
        State = "ENABLED",
        Description = "CostOps: runs the scheduler at the next schedule boundary; every run moves it.",
        Target = new ScheduleTarget { Arn = _options.FunctionArn, RoleArn = _options.RoleArn, Input = InputOf(_options), RetryPolicy = Retries },
    };

    private static bool Same(GetScheduleResponse current, ScheduleDefinition wanted) =>
        current.ScheduleExpression == wanted.ScheduleExpression
        && current.ScheduleExpressionTimezone == wanted.ScheduleExpressionTimezone
        && (current.State ?? "ENABLED") == wanted.State
        && current.FlexibleTimeWindow?.Mode == wanted.FlexibleTimeWindow.Mode
        && current.Target is { } target
        && target.Arn == wanted.Target.Arn
        && target.RoleArn == wanted.Target.RoleArn
        && target.Input == wanted.Target.Input
        && target.RetryPolicy == wanted.Target.RetryPolicy;

    private async Task<GetScheduleResponse?> GetOrNullAsync(CancellationToken ct)
    {
        try
        {
            return await _client.GetScheduleAsync(new GetScheduleRequest { Name = _options.Name, GroupName = _options.GroupName }, ct).ConfigureAwait(false);
        }
        catch (AwsServiceException ex) when (ex.ErrorCode == "ResourceNotFoundException" || ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task CreateAsync(ScheduleDefinition wanted, CancellationToken ct)
    {
        try
        {
            await _client.CreateScheduleAsync(wanted, ct).ConfigureAwait(false);
        }
        catch (AwsServiceException ex) when (ex.ErrorCode == "ConflictException")
        {
            await _client.UpdateScheduleAsync(wanted, ct).ConfigureAwait(false);
        }
    }

    private async Task UpdateAsync(ScheduleDefinition wanted, CancellationToken ct)
    {
        try
        {
            await _client.UpdateScheduleAsync(wanted, ct).ConfigureAwait(false);
        }
        catch (AwsServiceException ex) when (ex.ErrorCode == "ResourceNotFoundException")
        {
            await _client.CreateScheduleAsync(wanted, ct).ConfigureAwait(false);
        }
    }
}

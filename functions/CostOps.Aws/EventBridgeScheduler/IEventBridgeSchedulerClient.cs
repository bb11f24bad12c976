namespace CostOps.Aws.EventBridgeScheduler;

/// <summary>
/// The EventBridge Scheduler operations CostOps uses. AWS errors surface as <c>AwsServiceException</c> with the
/// model's codes: <c>ResourceNotFoundException</c> (no such schedule or group), <c>ConflictException</c>
/// (CreateSchedule of a name that exists), <c>ValidationException</c> (a bad definition; never retried).
/// </summary>
public interface IEventBridgeSchedulerClient
{
    Task<GetScheduleResponse> GetScheduleAsync(GetScheduleRequest request, CancellationToken cancellationToken);

    Task<ScheduleArnResponse> CreateScheduleAsync(ScheduleDefinition schedule, CancellationToken cancellationToken);

    /// <summary>Replaces the whole definition of an existing schedule: members left out take their defaults.</summary>
    Task<ScheduleArnResponse> UpdateScheduleAsync(ScheduleDefinition schedule, CancellationToken cancellationToken);
}

namespace CostOps.Core.Spot;

/// <summary>What the Spot manager did (or decided) for one service.</summary>
public enum SpotAction
{
    /// <summary>Nothing to change.</summary>
    None,

    /// <summary>Moved to its Spot strategy (from launch type FARGATE or another strategy).</summary>
    MoveToSpot,

    /// <summary>Switched to on-demand after a Spot shortage or too many interruptions.</summary>
    Fallback,

    /// <summary>Back on Spot after the cool-down.</summary>
    Return,

    /// <summary>Opted out after CostOps had put it on Spot: moved to on-demand and no longer managed.</summary>
    Release,

    /// <summary>An interruption counted, below the threshold.</summary>
    Interruption,

    /// <summary>Stopped by the scheduler: the change waits until it is started (and the start applies it).</summary>
    Wait,

    /// <summary>A deployment is in progress: a move to Spot waits for the next tick.</summary>
    Defer,

    /// <summary>Cannot run on Fargate Spot (EC2 launch type, DAEMON, a non-Fargate provider): reported and left alone.</summary>
    CannotMove,

    /// <summary>Left alone this time: a tag not understood, or another run changed the service first.</summary>
    Skip,

    /// <summary>An event already acted on.</summary>
    Duplicate,

    /// <summary>An event that is not for CostOps: not a Spot event, a service not opted in, an unknown cluster.</summary>
    Ignore,

    /// <summary>The strategy change failed; recorded and retried on the next tick.</summary>
    Fail,
}

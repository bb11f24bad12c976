namespace CostOps.Core.Insights;

/// <summary>Why a service gets, or does not get, a recommendation.</summary>
public enum RightSizingVerdict
{
    Recommend,

    /// <summary>No utilization in the window: stopped throughout, or not a service CloudWatch reports on.</summary>
    NoData,

    /// <summary>The current size is already the cheapest that keeps the peak under the headroom.</summary>
    AlreadyRightSized,

    /// <summary>The task definition's size is not a Fargate size (EC2 launch type, or not read).</summary>
    UnknownSize,
}

using System.Text.RegularExpressions;

namespace CostOps.Aws.Adapters;

/// <summary>Where the boundary wake-up lives and what it invokes.</summary>
/// <param name="GroupName">The EventBridge Scheduler schedule group (COSTOPS_BOUNDARY_SCHEDULE_GROUP).</param>
/// <param name="RoleArn">The role EventBridge Scheduler assumes to invoke the function (COSTOPS_BOUNDARY_ROLE_ARN).</param>
/// <param name="FunctionArn">The scheduler function's own ARN (COSTOPS_FUNCTION_ARN).</param>
public sealed partial record BoundaryWakeUpOptions(string GroupName, string RoleArn, string FunctionArn)
{
    /// <summary>One fixed one-time schedule per deployment, rewritten when the next boundary changes.</summary>
    public const string ScheduleName = "costops-next-boundary";

    /// <summary>The account of a worker of a hub scheduler: its wake-up is its own schedule, and wakes only it. Null in single-account mode.</summary>
    public string? Account { get; init; }

    /// <summary>The region of a worker of a hub scheduler; null in single-account mode.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// <see cref="ScheduleName"/>, or for a worker <c>costops-next-boundary-&lt;account&gt;-&lt;region&gt;</c>: at most 60 characters
    /// (regions are at most 25), within EventBridge Scheduler's 64.
    /// </summary>
    public string Name => Account is null ? ScheduleName : $"{ScheduleName}-{Account}-{Region}";

    /// <summary>What is wrong with the group name, or null: 1 to 64 letters, digits, '-', '_' or '.'.</summary>
    public static string? GroupNameProblem(string value) =>
        value.Length <= 64 && GroupPattern().IsMatch(value) ? null : "a schedule group name of 1 to 64 letters, digits, '-', '_' or '.', e.g. costops";

    /// <summary>What is wrong with the role ARN, or null (the pattern of EventBridge Scheduler's model).</summary>
    public static string? RoleArnProblem(string value) =>
        value.Length <= 1600 && RolePattern().IsMatch(value) ? null : "an IAM role ARN such as arn:aws:iam::123456789012:role/costops-boundary-wakeup";

    /// <summary>What is wrong with the function ARN, or null.</summary>
    public static string? FunctionArnProblem(string value) =>
        value.Length <= 1600 && FunctionPattern().IsMatch(value) ? null : "this function's ARN, such as arn:aws:lambda:eu-west-1:123456789012:function:costops-scheduler";

    [GeneratedRegex("^[0-9a-zA-Z._-]+$")]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)?:iam::\d{12}:role\/(service-role\/){0,1}[a-zA-Z0-9\+=,\.@\-_]+$")]
    private static partial Regex RolePattern();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)?:lambda:[a-z0-9-]+:\d{12}:function:[a-zA-Z0-9_-]+(:[a-zA-Z0-9$_-]+)?$")]
    private static partial Regex FunctionPattern();
}

namespace CostOps.Core.Schedules;

/// <summary>A schedule expression could not be parsed; the message names the token, its position and what was expected.</summary>
internal sealed class ScheduleSyntaxException(string message) : FormatException(message);

namespace CostOps.Simulator;

/// <summary>A message published to an SNS topic, kept exactly as sent (the e-mail subscribers would get).</summary>
public sealed record SentMessage(DateTimeOffset At, string TopicArn, string? Subject, string Message);

namespace CostOps.Cli;

/// <summary>The command line asks for something that cannot be done as written: exit code 2, with the message.</summary>
public sealed class UsageException(string message) : Exception(message);

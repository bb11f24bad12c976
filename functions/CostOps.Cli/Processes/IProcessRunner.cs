namespace CostOps.Cli.Processes;

/// <summary>Runs a program to completion and captures its output.</summary>
public interface IProcessRunner
{
    /// <returns>The result, or null when the program is not found on PATH.</returns>
    Task<ProcessResult?> RunAsync(string program, IReadOnlyList<string> arguments, string? workingDirectory, CancellationToken cancellationToken);
}

using CostOps.Cli.Processes;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>Answers "program arg arg" with a canned result; a program never set up is "not on PATH".</summary>
public sealed class FakeProcessRunner : IProcessRunner
{
    private readonly Dictionary<string, ProcessResult> _answers = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    public FakeProcessRunner Answer(string commandLine, string output, int exitCode = 0, string error = "")
    {
        _answers[commandLine] = new ProcessResult(exitCode, output, error);
        return this;
    }

    /// <summary>The tools a machine ready to deploy has, and git at <paramref name="commit"/> with <paramref name="changes"/>.</summary>
    public FakeProcessRunner ReadyToDeploy(string commit = Commits.Head, string changes = "") =>
        Answer("terraform version -json", """{"terraform_version":"1.9.5","platform":"linux_amd64"}""")
            .Answer("dotnet --list-sdks", "8.0.404 [/usr/share/dotnet/sdk]\n10.0.100 [/usr/share/dotnet/sdk]\n")
            .Git(commit, changes);

    public FakeProcessRunner Git(string commit, string changes = "") =>
        Answer("git rev-parse HEAD", commit + "\n").Answer("git status --porcelain", changes);

    public Task<ProcessResult?> RunAsync(string program, IReadOnlyList<string> arguments, string? workingDirectory, CancellationToken cancellationToken)
    {
        var commandLine = string.Join(' ', [program, .. arguments]);
        Calls.Add(commandLine);
        if (_answers.TryGetValue(commandLine, out var answer))
        {
            return Task.FromResult<ProcessResult?>(answer);
        }

        return Task.FromResult(_answers.Keys.Any(k => k.StartsWith(program + " ", StringComparison.Ordinal))
            ? new ProcessResult(1, string.Empty, $"unexpected call: {commandLine}")
            : null);
    }
}

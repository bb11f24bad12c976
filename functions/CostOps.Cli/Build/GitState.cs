using CostOps.Cli.Processes;

namespace CostOps.Cli.Build;

/// <summary>The checkout's HEAD commit and uncommitted changes (tracked and untracked, ignored files excluded).</summary>
public sealed record GitState(string Commit, IReadOnlyList<string> Changes)
{
    public bool Dirty => Changes.Count > 0;

    /// <exception cref="InvalidOperationException">git is missing or this is not a git checkout.</exception>
    public static async Task<GitState> ReadAsync(IProcessRunner processes, string repositoryRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processes);
        var head = await processes.RunAsync("git", ["rev-parse", "HEAD"], repositoryRoot, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("git is not on PATH: install git, the build is traced to its commit");
        if (!head.Succeeded)
        {
            throw new InvalidOperationException($"{repositoryRoot} is not a git checkout with a commit ({head.Error.Trim()}): deploy from a clone of the repository");
        }

        var status = await processes.RunAsync("git", ["status", "--porcelain"], repositoryRoot, cancellationToken).ConfigureAwait(false);
        if (status is null || !status.Succeeded)
        {
            throw new InvalidOperationException($"git status failed in {repositoryRoot} ({status?.Error.Trim()}): run it yourself to see why");
        }

        var changes = status.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Length > 3 ? l[3..].Trim() : l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        return new GitState(head.Output.Trim(), changes);
    }
}

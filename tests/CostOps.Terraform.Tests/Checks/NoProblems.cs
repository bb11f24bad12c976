namespace CostOps.Terraform.Tests.Checks;

/// <summary>Fails with every problem on its own line, so one run shows all that needs fixing.</summary>
public static class NoProblems
{
    public static void Assert(IReadOnlyList<string> problems) =>
        Xunit.Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join('\n', problems));
}

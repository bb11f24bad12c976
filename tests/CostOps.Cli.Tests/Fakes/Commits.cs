namespace CostOps.Cli.Tests.Fakes;

public static class Commits
{
    public const string Head = "4f2c9a1e8b7d6c5a4f3e2d1c0b9a8f7e6d5c4b3a";
    public const string Older = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";
}

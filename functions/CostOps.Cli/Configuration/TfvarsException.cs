namespace CostOps.Cli.Configuration;

/// <summary>A tfvars file CostOps cannot read: the message names the file, the line and what is wrong.</summary>
public sealed class TfvarsException : Exception
{
    public TfvarsException(string path, int line, string problem)
        : base($"{path} line {line}: {problem}")
    {
        Path = path;
        Line = line;
        Problem = problem;
    }

    public string Path { get; }

    public int Line { get; }

    public string Problem { get; }
}

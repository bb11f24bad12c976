using CostOps.Cli.Preflight;

namespace CostOps.Cli.Output;

/// <summary>
/// What the commands print. Colour only on a terminal without <c>NO_COLOR</c> (and not <c>TERM=dumb</c>); otherwise
/// plain text that reads the same in a log or a pipe.
/// </summary>
public sealed class CliOutput(TextWriter output, TextWriter error, bool color)
{
    private const string Reset = "\u001b[0m";

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Color { get; } = color;

    public static bool UseColor(IReadOnlyDictionary<string, string> environment, bool outputRedirected)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return !outputRedirected
            && !environment.ContainsKey("NO_COLOR")
            && !(environment.TryGetValue("TERM", out var term) && term == "dumb");
    }

    public void Line(string text = "") => Out.WriteLine(text);

    public void Heading(string text) => Out.WriteLine(Paint(text, "\u001b[1m"));

    /// <summary>One line per check: <c>ok</c>, <c>FAIL</c> or <c>skip</c>, the check's name, its message.</summary>
    public void Result(CheckStatus status, string id, string message)
    {
        var (label, code) = status switch
        {
            CheckStatus.Passed => ("ok  ", "\u001b[32m"),
            CheckStatus.Failed => ("FAIL", "\u001b[31m"),
            _ => ("skip", "\u001b[33m"),
        };
        Out.WriteLine($"  {Paint(label, code)}  {id,-12} {message}");
    }

    public void Problem(string text) => Error.WriteLine(Paint(text, "\u001b[31m"));

    private string Paint(string text, string code) => Color ? code + text + Reset : text;
}

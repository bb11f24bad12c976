using System.Globalization;
using System.Text;

namespace CostOps.Hosting.Configuration;

/// <summary>
/// One bad environment variable: its name, the value as set (null when not set), what is wrong with it when that is
/// more than "not what is expected" (<see cref="Problem"/>), and what is expected, all in the user's terms:
/// <c>NAME='value': expected …</c>, <c>NAME is not set: expected …</c>, or <c>NAME='value': what is wrong. NAME expects …</c>.
/// </summary>
public sealed record ConfigurationProblem(string Name, string? Value, string Expected, string? Problem = null)
{
    /// <summary>Values longer than this are quoted cut short, with their length, so the message stays readable.</summary>
    public const int MaxQuotedLength = 100;

    public override string ToString()
    {
        var head = Value is null ? $"{Name} is not set" : $"{Name}='{Quote(Value)}'";
        return Problem switch
        {
            null => $"{head}: expected {Expected}",
            _ when Problem.Contains('\n', StringComparison.Ordinal) => $"{head}: {Problem}\n  {Name} expects {Expected}",
            _ => $"{head}: {Problem.TrimEnd('.', ' ')}. {Name} expects {Expected}",
        };
    }

    /// <summary>The value on one line (control characters escaped), cut to <see cref="MaxQuotedLength"/> characters.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(Math.Min(value.Length, MaxQuotedLength + 8));
        foreach (var c in value)
        {
            if (text.Length >= MaxQuotedLength)
            {
                if (char.IsHighSurrogate(text[^1]))
                {
                    text.Length--;
                }

                return text.Append(CultureInfo.InvariantCulture, $"… ({value.Length} characters in all)").ToString();
            }

            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}

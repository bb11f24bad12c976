using System.Globalization;
using System.Text.RegularExpressions;

namespace CostOps.Cli.Fleet;

/// <summary>Times and durations as the commands accept them, and how they print them.</summary>
public static partial class TimeText
{
    public const string ExpectedTime = "a date-time with an offset, e.g. 2026-11-24T18:00Z or 2026-11-24T18:00+01:00";
    public const string ExpectedDuration = "a duration in days, hours and minutes, e.g. 3h, 90m, 1h30m or 2d (up to 30 days)";

    /// <exception cref="UsageException">Not a date-time with an explicit offset.</exception>
    public static DateTimeOffset ParseTime(string value, string option)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (!HasOffset().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            throw new UsageException($"{option} '{value}' is not {ExpectedTime}");
        }

        return at;
    }

    /// <exception cref="UsageException">Not a positive duration of at most 30 days.</exception>
    public static TimeSpan ParseDuration(string value, string option)
    {
        ArgumentNullException.ThrowIfNull(value);
        var match = Duration().Match(value.Trim().ToLowerInvariant());
        if (!match.Success || match.Length == 0)
        {
            throw new UsageException($"{option} '{value}' is not {ExpectedDuration}");
        }

        var total = TimeSpan.Zero;
        foreach (var (group, unit) in new[] { ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)), ("m", TimeSpan.FromMinutes(1)) })
        {
            if (match.Groups[group].Success)
            {
                if (!int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 43_200)
                {
                    throw new UsageException($"{option} '{value}' is not {ExpectedDuration}");
                }

                total += unit * n;
            }
        }

        return total <= TimeSpan.Zero || total > TimeSpan.FromDays(30)
            ? throw new UsageException($"{option} '{value}' is not {ExpectedDuration}")
            : total;
    }

    /// <summary>UTC, to the minute, as the keep-running tag and the output show it: 2026-11-24T18:00Z.</summary>
    public static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? at) => at is { } value ? Format(value) : null;

    [GeneratedRegex(@"(Z|z|[+-]\d\d:\d\d)$")]
    private static partial Regex HasOffset();

    [GeneratedRegex(@"^(?:(?<d>\d+)d)?(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?$")]
    private static partial Regex Duration();
}

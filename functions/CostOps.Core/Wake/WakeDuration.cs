using System.Globalization;
using System.Text.RegularExpressions;

namespace CostOps.Core.Wake;

/// <summary>Reads a wake length such as <c>3h</c>, <c>90m</c> or <c>1h30m</c>. Never throws.</summary>
public static partial class WakeDuration
{
    public const string Expected = "a length such as 3h, 90m or 1h30m (hours and/or minutes, more than 0)";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match((text ?? "").Trim());
        if (!match.Success || (!match.Groups["h"].Success && !match.Groups["m"].Success))
        {
            return false;
        }

        var hours = match.Groups["h"].Success ? long.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = match.Groups["m"].Success ? long.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var total = (hours * 60) + minutes;
        if (total <= 0)
        {
            return false;
        }

        duration = TimeSpan.FromMinutes(total);
        return true;
    }

    /// <summary>Hours and minutes, at most 4 digits each so the total always fits.</summary>
    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,4})h)?(?:(?<m>[0-9]{1,4})m)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}

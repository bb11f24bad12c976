using System.Globalization;

namespace CostOps.Core.Insights;

/// <summary>Right-sizing settings.</summary>
public sealed record RightSizingOptions
{
    public const decimal DefaultHeadroom = 0.70m;

    /// <summary>The share of the recommended size the observed maximum may use: 0.70 keeps the peak at or under 70%.</summary>
    public decimal Headroom { get; init; } = DefaultHeadroom;

    /// <summary>The window the series cover, to turn observed running hours into hours a month.</summary>
    public int WindowDays { get; init; } = 14;

    /// <summary>"0.7" or "70%" (variable <paramref name="name"/>); blank gives the default.</summary>
    public static decimal ParseHeadroom(string? value, string name)
    {
        var text = (value ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return DefaultHeadroom;
        }

        var percent = text.EndsWith('%');
        if (decimal.TryParse(percent ? text[..^1] : text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            var share = percent ? parsed / 100m : parsed;
            if (share is > 0m and <= 1m)
            {
                return share;
            }
        }

        throw new ArgumentException($"{name} = \"{value}\" is not a headroom: expected a share of the task size above 0 and at most 1 (e.g. 0.7) or a percentage (e.g. 70%).", name);
    }
}

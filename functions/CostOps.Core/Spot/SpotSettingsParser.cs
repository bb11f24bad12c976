using System.Globalization;

namespace CostOps.Core.Spot;

/// <summary>Reads the Spot settings people write. Never throws: a value it cannot read returns false with what is expected.</summary>
public static class SpotSettingsParser
{
    public const string WeightsExpected = "<FARGATE weight>:<FARGATE_SPOT weight>, e.g. 0:1 (all beyond the base on Spot) or 1:3; FARGATE 0-1000, FARGATE_SPOT 1-1000";
    public const string InterruptionsExpected = "<count>/<window>, e.g. 3/30m or 5/2h: a count of 1-100 within 1 minute to 24 hours";
    public const string ClustersExpected = "cluster names, comma-separated, e.g. dev,staging";

    public static bool TryParseWeights(string? text, out int fargate, out int spot)
    {
        fargate = 0;
        spot = 0;
        var parts = (text ?? string.Empty).Split(':');
        return parts.Length == 2
            && TryInt(parts[0], 0, 1000, out fargate)
            && TryInt(parts[1], 1, 1000, out spot);
    }

    public static bool TryParseInterruptions(string? text, out int count, out TimeSpan window)
    {
        count = 0;
        window = TimeSpan.Zero;
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length != 2 || !TryInt(parts[0], 1, 100, out count))
        {
            return false;
        }

        var span = parts[1].Trim();
        if (span.Length < 2 || !int.TryParse(span.AsSpan(0, span.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        window = char.ToLowerInvariant(span[^1]) switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' when amount <= 24 => TimeSpan.FromHours(amount),
            _ => TimeSpan.Zero,
        };
        return window >= TimeSpan.FromMinutes(1) && window <= TimeSpan.FromHours(24);
    }

    /// <summary>Comma-separated cluster names; blanks between commas are errors, whitespace around names is trimmed.</summary>
    public static bool TryParseClusters(string? text, out IReadOnlySet<string> clusters)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        clusters = set;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            if (name.Length == 0 || name.Length > 255 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }

            set.Add(name);
        }

        return true;
    }

    private static bool TryInt(string text, int min, int max, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}

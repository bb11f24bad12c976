namespace CostOps.Cli.Configuration;

/// <summary>
/// The region a profile sets in the AWS shared config file (<c>AWS_CONFIG_FILE</c>, else <c>~/.aws/config</c>):
/// <c>[default]</c> or <c>[profile NAME]</c> sections, <c>region = …</c> keys, <c>#</c> and <c>;</c> comments.
/// </summary>
public static class AwsConfigFile
{
    public const string ConfigFileVariable = "AWS_CONFIG_FILE";
    public const string ProfileVariable = "AWS_PROFILE";

    /// <summary>The profile the SDKs and the AWS CLI use: <c>AWS_PROFILE</c>, else <c>default</c>.</summary>
    public static string ProfileName(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.TryGetValue(ProfileVariable, out var profile) && !string.IsNullOrWhiteSpace(profile) ? profile.Trim() : "default";
    }

    /// <summary>The config file's path: <c>AWS_CONFIG_FILE</c>, else <c>HOME/.aws/config</c>.</summary>
    public static string ConfigPath(IReadOnlyDictionary<string, string> environment, string home)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.TryGetValue(ConfigFileVariable, out var file) && !string.IsNullOrWhiteSpace(file)
            ? file.Trim()
            : System.IO.Path.Combine(home, ".aws", "config");
    }

    /// <summary>The region set for <paramref name="profile"/> in <paramref name="text"/>, or null when none is.</summary>
    public static string? Region(string text, string profile)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = profile == "default" ? "default" : "profile " + profile;
        var inSection = false;
        string? region = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var name = line.TrimStart('[').Split(']')[0].Trim();
                inSection = string.Equals(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)), wanted, StringComparison.Ordinal)
                    || (profile == "default" && name == "profile default");
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (inSection && equals > 0 && line[..equals].Trim() == "region")
            {
                region = line[(equals + 1)..].Split('#', ';')[0].Trim();
            }
        }

        return string.IsNullOrEmpty(region) ? null : region;
    }
}

using System.Security.Cryptography;

namespace CostOps.Cli.Build;

internal static class Sha256File
{
    public static string Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

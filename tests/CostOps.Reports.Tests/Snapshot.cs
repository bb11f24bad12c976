using System.Runtime.CompilerServices;

namespace CostOps.Reports.Tests;

/// <summary>Compares text with a file under Snapshots/; UPDATE_SNAPSHOTS=1 rewrites the file instead.</summary>
internal static class Snapshot
{
    public static void Match(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots", fileName);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        const string hint = "If the change is intended, rerun with UPDATE_SNAPSHOTS=1 and review the diff with git diff.";
        Assert.True(File.Exists(path), $"Snapshot {path} does not exist. {hint}");
        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        Assert.Fail($"{fileName} differs from the snapshot at line {line + 1}.\n  expected: {(line < e.Length ? e[line] : "<end of file>")}\n  actual:   {(line < a.Length ? a[line] : "<end of file>")}\n{hint}");
    }
}

using System.Diagnostics;
using System.Globalization;

namespace CostOps.Benchmarks;

/// <summary>
/// One cold start: a fresh bootstrap process for one function, from process start to its first response on the
/// local Runtime API; init = until its first GET next. Peak memory is the process's peak resident set (VmHWM),
/// read while it waits for its second event, before it is stopped.
/// </summary>
internal static class ColdStartRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <param name="Problems">Log lines the function wrote at Warning or Error (an optional part that failed shows here).</param>
    public sealed record Sample(bool Succeeded, double InitMs, double TotalMs, double PeakRssMb, string? Error, string Response = "", IReadOnlyList<string>? Problems = null);

    public static async Task<Sample> RunAsync(string bootstrap, IReadOnlyDictionary<string, string> environment, LocalLambdaEndpoint endpoint, string eventJson)
    {
        var info = new ProcessStartInfo(bootstrap) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var outcome = endpoint.Expect(eventJson);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{bootstrap} could not be started");
        var lastLines = new Queue<string>();
        var problems = new List<string>();
        process.OutputDataReceived += (_, e) =>
        {
            Keep(lastLines, e.Data);
            if (e.Data is { } line && (line.Contains("\"level\":\"warn", StringComparison.OrdinalIgnoreCase) || line.Contains("\"level\":\"error", StringComparison.OrdinalIgnoreCase)))
            {
                lock (problems)
                {
                    problems.Add(line.Length > 300 ? line[..300] : line);
                }
            }
        };
        process.ErrorDataReceived += (_, e) => Keep(lastLines, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var first = await Task.WhenAny(outcome, process.WaitForExitAsync(), Task.Delay(Limit));
            if (first != outcome)
            {
                return new Sample(false, 0, 0, 0, process.HasExited ? $"exited with {process.ExitCode} before answering: {Tail(lastLines)}" : $"no answer within {Limit.TotalSeconds} s");
            }

            var answer = await outcome;
            var rss = PeakRssMb(process.Id);
            var initMs = Stopwatch.GetElapsedTime(started, answer.InitDoneTimestamp).TotalMilliseconds;
            var totalMs = Stopwatch.GetElapsedTime(started, answer.AnsweredTimestamp).TotalMilliseconds;
            // Stopped, and its output read to the end, before its log lines are counted.
            process.Kill();
            await process.WaitForExitAsync();
            lock (problems)
            {
                return new Sample(answer.Succeeded, initMs, totalMs, rss, answer.Succeeded ? null : $"{answer.Body} {Tail(lastLines)}", answer.Body, [.. problems]);
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            endpoint.EndRun();
        }
    }

    private static double PeakRssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = line is null ? 0 : long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        return kb / 1024.0;
    }

    private static void Keep(Queue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Enqueue(line.Length > 400 ? line[..400] : line);
            if (lines.Count > 5)
            {
                lines.Dequeue();
            }
        }
    }

    private static string Tail(Queue<string> lines)
    {
        lock (lines)
        {
            return string.Join(" | ", lines);
        }
    }
}

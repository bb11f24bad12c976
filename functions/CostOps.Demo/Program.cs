using System.Diagnostics;
using CostOps.Demo;

var output = args.Length > 0 ? args[0] : Path.Combine("reports", "out");
var watch = Stopwatch.StartNew();
var result = await DemoWeek.RunAsync(output);
var elapsed = watch.Elapsed;
foreach (var line in DemoPrinter.Lines(result))
{
    Console.WriteLine(line);
}

Console.WriteLine();
Console.WriteLine($"Simulated {SeedFleet.WeekStart:yyyy-MM-dd} to {SeedFleet.WeekEnd:yyyy-MM-dd} in {elapsed.TotalSeconds:0.0} s ({string.Join(", ", result.Invocations.Select(i => $"{i.Key} x{i.Value}"))}).");
return result.InvocationFailures == 0 ? 0 : 1;

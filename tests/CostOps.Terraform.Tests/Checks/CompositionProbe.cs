using System.Globalization;
using System.Reflection;
using CostOps.Hosting;
using CostOps.Hosting.Configuration;
using CostOps.Hosting.Observability;
using Microsoft.Extensions.Time.Testing;

namespace CostOps.Terraform.Tests.Checks;

/// <summary>
/// Learns from the built code which variables a function reads: its Lambda entry type (from the handler
/// string) is constructed, as at a cold start, over an environment that records every lookup; the variables
/// reported missing when its composition runs on an empty environment are the required ones. Every
/// composition reads all its variables before deciding (it collects every problem), so an empty environment
/// reaches them all.
/// </summary>
public static class CompositionProbe
{
    public static CodeVariables Probe(string handler)
    {
        var parts = handler.Split("::");
        var assembly = Assembly.Load(new AssemblyName(parts[0]));
        var function = assembly.GetType(parts[1], throwOnError: true)!;
        var time = new FakeTimeProvider();

        var recording = new RecordingEnvironment();
        var ports = new HostPorts(recording, time, TextWriter.Null, static () => null);
        Activator.CreateInstance(function, BindingFlags.NonPublic | BindingFlags.Instance, binder: null, [ports], CultureInfo.InvariantCulture);

        var composition = assembly.GetType($"{function.Namespace}.Composition", throwOnError: true)!;
        var compose = composition.GetMethod("Compose", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{composition.FullName} has no static Compose method");
        var empty = new EnvironmentReader(new Dictionary<string, string?>());
        HostOptions.Read(empty);
        compose.Invoke(null, [new HostComposition("probe", empty, time, new JsonLineLog(TextWriter.Null, time, "probe"), new EmfMetrics(TextWriter.Null, time, "probe"))]);

        return new CodeVariables(
            recording.LookedUp,
            empty.Problems.Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
    }
}

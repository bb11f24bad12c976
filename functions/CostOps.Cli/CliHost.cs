using System.Collections;
using CostOps.Cli.Aws;
using CostOps.Cli.Processes;
using CostOps.Core.State;

namespace CostOps.Cli;

/// <summary>Everything the commands touch outside themselves, so tests can stand in for processes, AWS and the console.</summary>
public sealed record CliHost(
    IReadOnlyDictionary<string, string> Environment,
    string WorkingDirectory,
    string HomeDirectory,
    IProcessRunner Processes,
    IAwsClientFactory Aws,
    TextWriter Out,
    TextWriter Error,
    bool OutputRedirected)
{
    public static CliHost FromProcess(TimeProvider time)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return new CliHost(
            environment,
            Directory.GetCurrentDirectory(),
            System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile),
            new ProcessRunner(),
            new AwsClientFactory(environment, time),
            Console.Out,
            Console.Error,
            Console.IsOutputRedirected)
        {
            Time = time,
            Input = Console.In,
        };
    }

    /// <summary>Standard input (costops invoke --event -); empty unless given.</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>The clock: "now" for plan, status and keep-running.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Null in real use. Given (tests, a simulated account), every AWS request of the fleet commands goes through it.</summary>
    public HttpMessageHandler? AwsHandler { get; init; }

    /// <summary>Null in real use (the DynamoDB table). Given, the fleet commands read this state store instead.</summary>
    public ICostOpsStateStore? StateStore { get; init; }

    /// <summary>The repository root: the nearest directory up from the working directory that has terraform/handlers.json.</summary>
    public string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(WorkingDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "terraform", "handlers.json")))
                {
                    return directory.FullName;
                }
            }

            return WorkingDirectory;
        }
    }
}

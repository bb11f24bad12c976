using System.IO.Compression;
using System.Text;
using CostOps.Cli.Build;
using CostOps.Cli.Preflight;

namespace CostOps.Cli.Tests.Fakes;

/// <summary>A throw-away repository layout on disk: terraform/handlers.json, a tfvars file, dist/ zips, a home with ~/.aws/config.</summary>
public sealed class TempRepository : IDisposable
{
    public const string Tfvars = "terraform/deploy/terraform.tfvars";
    public static readonly string[] ZipNames = ["scheduler.zip", "cost_report.zip"];

    public TempRepository()
    {
        Root = Directory.CreateTempSubdirectory("costops-cli-").FullName;
        Home = Path.Combine(Root, "home");
        Directory.CreateDirectory(Path.Combine(Root, "terraform", "deploy"));
        Directory.CreateDirectory(Path.Combine(Root, "dist"));
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        File.WriteAllText(Path.Combine(Root, "terraform", "handlers.json"), """
            {"scheduler": "CostOps.Scheduler::CostOps.Scheduler.Function::HandleAsync", "cost_report": "CostOps.CostReport::CostOps.CostReport.Function::HandleAsync"}
            """);
    }

    public string Root { get; }

    public string Home { get; }

    public string Dist => Path.Combine(Root, "dist");

    public TempRepository WithTfvars(string text)
    {
        File.WriteAllText(Path.Combine(Root, Tfvars), text);
        return this;
    }

    public TempRepository WithValidTfvars(string region = "eu-west-1") => WithTfvars($$"""
        region              = "{{region}}"
        clusters            = ["dev", "staging"]
        notification_emails = ["ops@example.com"]
        """);

    public TempRepository WithAwsConfig(string text)
    {
        File.WriteAllText(Path.Combine(Home, ".aws", "config"), text);
        return this;
    }

    /// <summary>Writes each zip with a .deps.json for <paramref name="runtimeTarget"/>.</summary>
    public TempRepository WithZips(string runtimeTarget = ".NETCoreApp,Version=v10.0/linux-x64")
    {
        foreach (var name in ZipNames)
        {
            WriteZip(Path.Combine(Dist, name), runtimeTarget, name);
        }

        return this;
    }

    /// <summary>Records the zips as they are now, as make package does.</summary>
    public TempRepository WithBuildInfo(string commit = Commits.Head, bool dirty = false, string runtime = "linux-x64", string framework = "net10.0")
    {
        var zips = ZipNames.Where(n => File.Exists(Path.Combine(Dist, n)))
            .Select(n => new BuildInfoZip(n, Sha256File.Of(Path.Combine(Dist, n)), framework, runtime)).ToList();
        var info = new BuildInfo(commit, dirty, runtime, framework, zips);
        File.WriteAllText(Path.Combine(Dist, BuildInfo.FileName), System.Text.Json.JsonSerializer.Serialize(info, CliJsonContext.Default.BuildInfo));
        return this;
    }

    public PreflightContext Context(IReadOnlyDictionary<string, string>? environment = null, bool allowDirty = false) =>
        PreflightContext.Load(environment ?? new Dictionary<string, string>(), Root, Home, Tfvars, "dist", allowDirty);

    public static void WriteZip(string path, string runtimeTarget, string marker)
    {
        File.Delete(path);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        var deps = archive.CreateEntry("Function.deps.json");
        using (var writer = new StreamWriter(deps.Open(), Encoding.UTF8))
        {
            writer.Write("{\"runtimeTarget\":{\"name\":\"" + runtimeTarget + "\",\"signature\":\"\"},\"targets\":{}}");
        }

        var dll = archive.CreateEntry("Function.dll");
        using var body = new StreamWriter(dll.Open(), Encoding.UTF8);
        body.Write(marker);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

using System.Reflection;
using System.Text.Json;

namespace CostOps.Functions.Tests;

/// <summary>terraform/handlers.json is the one place the Lambda handler strings live; each must resolve in the built assemblies.</summary>
public sealed class HandlerStringsTests
{
    public static TheoryData<string, string> Handlers()
    {
        var data = new TheoryData<string, string>();
        using var document = JsonDocument.Parse(File.ReadAllText(HandlersFile()));
        foreach (var property in document.RootElement.EnumerateObject())
        {
            data.Add(property.Name, property.Value.GetString()!);
        }

        return data;
    }

    [Fact]
    public void HandlersFile_ListsTheFiveFunctions()
    {
        var names = Handlers().Select(row => (string)row[0]).Order();

        Assert.Equal(["budget_alerts", "cost_report", "scheduler", "spot_manager", "wake"], names);
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Handler_NamesPublicStreamMethodOnPublicConstructibleType(string function, string handler)
    {
        var parts = handler.Split("::");
        Assert.True(parts.Length == 3, $"{function}: '{handler}' should be Assembly::Namespace.Type::Method");

        var assembly = Assembly.Load(new AssemblyName(parts[0]));
        var type = assembly.GetType(parts[1]);
        Assert.True(type is { IsPublic: true }, $"{function}: no public type '{parts[1]}' in {parts[0]}");
        Assert.True(type!.GetConstructor(Type.EmptyTypes) is { IsPublic: true }, $"{function}: {parts[1]} needs a public parameterless constructor");

        var method = type.GetMethod(parts[2], BindingFlags.Public | BindingFlags.Instance);
        Assert.True(method is not null, $"{function}: no public instance method '{parts[2]}' on {parts[1]}");
        var parameter = Assert.Single(method!.GetParameters());
        Assert.Equal(typeof(Stream), parameter.ParameterType);
        Assert.Equal(typeof(Task<Stream>), method.ReturnType);
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Handler_PublicConstructor_ComposesFromTheProcessWithoutThrowing(string function, string handler)
    {
        var parts = handler.Split("::");
        var type = Assembly.Load(new AssemblyName(parts[0])).GetType(parts[1], throwOnError: true)!;

        // Configuration problems must surface per invocation, not as a failed construction.
        var instance = Activator.CreateInstance(type);

        Assert.True(instance is not null, function);
    }

    private static string HandlersFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "terraform", "handlers.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("terraform/handlers.json not found above " + AppContext.BaseDirectory);
    }
}

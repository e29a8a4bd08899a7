using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimGraph.Storage.Contract.Skipping;

/// <summary>
/// Marks a test class whose tests need a service named by an environment variable (NEO4J_URL). Its
/// <see cref="StoreFactAttribute"/> and <see cref="StoreTheoryAttribute"/> tests, inherited ones included, are
/// skipped with a reason that names the variable when it is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequiresEnvironmentAttribute(string variable, string need) : Attribute
{
    public string Variable { get; } = variable;

    public string Need { get; } = need;

    public static string? SkipReason(ITestMethod method)
    {
        var type = (method.TestClass.Class as IReflectionTypeInfo)?.Type;
        foreach (var required in type?.GetCustomAttributes<RequiresEnvironmentAttribute>(inherit: true) ?? [])
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(required.Variable)))
                return $"{required.Variable} is not set: {required.Need}";
        return null;
    }
}

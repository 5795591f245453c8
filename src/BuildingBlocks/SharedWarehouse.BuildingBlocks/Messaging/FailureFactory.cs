using System.Collections.Concurrent;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Messaging;

/// Builds a failed Result or Result&lt;T&gt; for a behaviour that only knows TResponse.
internal static class FailureFactory
{
    private static readonly ConcurrentDictionary<Type, Func<IReadOnlyList<Error>, object>?> Factories = new();

    public static bool TryCreate<TResponse>(IReadOnlyList<Error> errors, out TResponse response)
    {
        var factory = Factories.GetOrAdd(typeof(TResponse), Build);
        response = factory is null ? default! : (TResponse)factory(errors);
        return factory is not null;
    }

    private static Func<IReadOnlyList<Error>, object>? Build(Type type)
    {
        if (type == typeof(Result)) return errors => Result.Failure(errors);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>)) return null;
        var method = type.GetMethod(nameof(Result.Failure), [typeof(IReadOnlyList<Error>)])!;
        return errors => method.Invoke(null, [errors])!;
    }
}

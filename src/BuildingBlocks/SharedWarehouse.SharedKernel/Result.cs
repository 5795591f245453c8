namespace SharedWarehouse.SharedKernel;

public class Result
{
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }
    public bool IsSuccess => Errors.Count == 0;
    public bool IsFailure => !IsSuccess;
    public bool IsNotFound => Errors.Any(e => e.Code == "not_found");

    public static Result Success() => new([]);
    public static Result Failure(params Error[] errors) => new(errors);
    public static Result Failure(IReadOnlyList<Error> errors) => new(errors);
    public static Result<T> Success<T>(T value) => new(value, []);

    public static implicit operator Result(Error error) => Failure(error);
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T? value, IReadOnlyList<Error> errors) : base(errors) => _value = value;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("A failed result has no value.");

    public static new Result<T> Failure(params Error[] errors) => new(default, errors);
    public static new Result<T> Failure(IReadOnlyList<Error> errors) => new(default, errors);

    public static implicit operator Result<T>(T value) => new(value, []);
    public static implicit operator Result<T>(Error error) => Failure(error);
}

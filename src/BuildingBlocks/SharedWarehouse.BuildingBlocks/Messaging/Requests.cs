using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Messaging;

public interface IRequest<TResponse>;

/// Commands change state and run inside the unit of work; they always answer with a Result so expected
/// failures travel back to the form instead of being thrown.
public interface ICommandBase;
public interface ICommand : IRequest<Result>, ICommandBase;
public interface ICommand<TValue> : IRequest<Result<TValue>>, ICommandBase;

/// A process coordinates several commands, each its own unit of work (possibly in different modules), and
/// answers with a Result. It has no transaction of its own, so it never holds a lock while another module's
/// command writes (on SQLite that would deadlock; anywhere it would lengthen lock holds). Each step must be
/// safe to repeat, and a process must leave nothing behind that a job cannot finish or undo.
public interface IProcess<TValue> : IRequest<Result<TValue>>;

/// A command whose handler makes its writes atomic itself (one statement, or a transaction it opens only when
/// it needs several) and saves them: the unit of work does not wrap it. For hot paths only, where a transaction
/// held open across round trips to the application would keep a contended row locked.
public interface ICommitsItself;

/// Queries only read; they skip the unit of work.
public interface IQuery<TResponse> : IRequest<TResponse>;

public interface IRequestHandler<in TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, CancellationToken ct);
}

public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken ct);
}

public interface ISender
{
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken ct = default);
}

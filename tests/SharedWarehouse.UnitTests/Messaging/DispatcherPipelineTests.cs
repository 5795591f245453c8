using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.UnitTests.Messaging;

public sealed record Greet(string? Name) : ICommand<string>;

public sealed class GreetValidator : AbstractValidator<Greet>
{
    public GreetValidator() => RuleFor(g => g.Name).NotEmpty().WithText("请填写姓名");
}

public sealed class GreetHandler : IRequestHandler<Greet, Result<string>>
{
    public int Calls { get; private set; }

    public Task<Result<string>> Handle(Greet request, CancellationToken ct)
    {
        Calls++;
        return Task.FromResult<Result<string>>("你好，" + request.Name);
    }
}

public sealed class DispatcherPipelineTests
{
    private readonly GreetHandler _handler = new();
    private readonly ServiceProvider _services;

    public DispatcherPipelineTests()
    {
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddBuildingBlocks();
        services.AddSingleton<IRequestHandler<Greet, Result<string>>>(_handler);
        services.AddScoped<IValidator<Greet>, GreetValidator>();
        _services = services.BuildServiceProvider();
    }

    private Task<Result<string>> Send(Greet command) => _services.CreateScope().ServiceProvider.GetRequiredService<ISender>().Send(command);

    [Fact]
    public async Task A_valid_command_reaches_its_handler()
    {
        (await Send(new Greet("张三"))).Value.ShouldBe("你好，张三");
        _handler.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task An_invalid_command_returns_field_errors_and_never_reaches_the_handler()
    {
        var result = await Send(new Greet(""));

        result.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(e => e.Field.ShouldBe("Name"), e => e.Message.ShouldBe("请填写姓名"));
        _handler.Calls.ShouldBe(0);
    }
}

using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Features;

public sealed record StartOnlinePayment(StartPayment Request) : ICommand<string>;

internal sealed class StartOnlinePaymentValidator : AbstractValidator<StartOnlinePayment>
{
    public StartOnlinePaymentValidator()
    {
        RuleFor(x => x.Request.AmountFen).GreaterThan(0).WithText("支付金额必须大于0");
        RuleFor(x => x.Request.OrderNumber).NotEmpty().WithText("订单号不能为空").MaximumLength(40).WithText("订单号不能超过40个字符");
        RuleFor(x => x.Request.Subject).NotEmpty().WithText("商品说明不能为空").MaximumLength(200).WithText("商品说明不能超过200个字符");
        // The pay page redirects there: a local URL only, so it can never become an open redirect.
        RuleFor(x => x.Request.ReturnUrl).Must(IsLocalUrl).WithText("返回地址必须是本站地址").MaximumLength(500).WithText("返回地址不能超过500个字符");
    }

    internal static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}

/// Returns the open payment of the order when there is one (a refresh, a second click), otherwise opens
/// a new charge at the gateway. A paid order cannot be paid again.
internal sealed class StartOnlinePaymentHandler(PaymentsDbContext db, IPaymentGateway gateway, PaymentsSettings settings)
    : IRequestHandler<StartOnlinePayment, Result<string>>
{
    public async Task<Result<string>> Handle(StartOnlinePayment command, CancellationToken ct)
    {
        var request = command.Request;
        var live = await db.Payments.Where(p => p.OrderId == request.OrderId && (p.Status == PaymentStatus.Pending || p.Status == PaymentStatus.Succeeded))
            .ToListAsync(ct);
        if (live.Any(p => p.Status == PaymentStatus.Succeeded)) return Error.Conflict("该订单已支付");
        if (live.FirstOrDefault() is { } open)
            return open.AmountFen == request.AmountFen && open.PayUrl is not null ? open.PayUrl
                : Error.Conflict("订单金额与进行中的支付不一致");

        var started = Payment.Start(request.OrderId, request.OrderNumber, request.BuyerId, request.AmountFen, request.Subject, request.ReturnUrl,
            gateway.Name, db.Now());
        if (started.IsFailure) return Result<string>.Failure(started.Errors);
        var payment = started.Value;
        var charge = await gateway.CreateChargeAsync(payment.Id, payment.AmountFen, payment.Subject, settings.NotifyUrl(gateway.Name),
            payment.ReturnUrl, ct);
        payment.AttachCharge(charge.ChargeId, charge.PayUrl);
        db.Payments.Add(payment);
        return charge.PayUrl;
    }
}

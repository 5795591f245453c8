using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SharedWarehouse.Modules.Dropship.Areas.Api;

// The dropship API's messages as the OpenAPI description shows them. The answers are these records (numbers written as
// numbers: Strict, where the web defaults would also read them from strings); the requests are read by hand
// (IncomingOrdersJson), so their records only describe them, and a web test checks that the description names every
// field the reader reads.

[Description("A batch of orders downloaded from the merchant's outside shops (Taobao/Tmall, Pinduoduo, Douyin, ...).")]
public sealed record OrdersRequest
{
    [MinLength(1), MaxLength(500)]
    [Description("1 to 500 orders. Each order is judged on its own: a bad one gets its own errors in the answer and the others are still received.")]
    public required IReadOnlyList<OrderInput> Orders { get; init; }
}

[Description("One outside order. Ids, phone numbers and region codes may be sent as strings or as whole numbers; send them as strings " +
    "when you can (a JSON library that reads numbers into doubles rounds ids above 2^53).")]
public sealed record OrderInput
{
    [StringOrInteger, OpenApiExample("\"3796500000000000002\"")]
    [Description("The order's id in the outside shop (Taobao tid, Pinduoduo order_sn, ...), at most 64 characters. An id this shop already sent is answered as a duplicate and not received again.")]
    public required string ExternalOrderId { get; init; }

    [Description("Which outside shop it came from, shown to the merchant; at most 40 characters.")]
    public string? Channel { get; init; }

    [Description("The receiver's name, at most 30 characters.")]
    public required string ReceiverName { get; init; }

    [StringOrInteger, OpenApiExample("\"13912345678\"")]
    [Description("The receiver's mainland mobile number (11 digits).")]
    public required string ReceiverPhone { get; init; }

    [StringOrInteger, OpenApiExample("\"440104\"")]
    [Description("The receiver's district/county code (6 digits, GB/T 2260), e.g. 440104.")]
    public required string ReceiverRegionCode { get; init; }

    [Description("The address below the district (street, number, building), at most 120 characters.")]
    public required string ReceiverAddress { get; init; }

    [Description("The buyer's message, at most 200 characters.")]
    public string? BuyerMessage { get; init; }

    [MinLength(1), MaxLength(50), Description("1 to 50 lines.")]
    public required IReadOnlyList<LineInput> Lines { get; init; }
}

[Description("One line of an outside order.")]
public sealed record LineInput
{
    [StringOrInteger, OpenApiExample("\"A123-RED-M\"")]
    [Description("The merchant's SKU code as its outside shop has it: matched to its warehouse SKUs and stall codes. At most 64 characters.")]
    public required string SkuCode { get; init; }

    [Description("The product title, at most 120 characters.")]
    public required string Title { get; init; }

    [Description("Colour, at most 30 characters.")]
    public string? Colour { get; init; }

    [Description("Size, at most 30 characters.")]
    public string? Size { get; init; }

    [Range(1, 999), OpenApiExample("2")]
    [Description("Quantity, a whole number from 1 to 999 (a string of digits is accepted too).")]
    public required int Quantity { get; init; }

    [Range(0, 10_000_000), OpenApiExample("6850")]
    [Description("The declared pickup price per unit in fen, a whole number: 68.50 yuan is 6850. Optional for own-team dropship; platform dropship holds money on it and needs it above 0.")]
    public long DeclaredUnitFen { get; init; }
}

[Description("What became of each order of the batch, in the request's order.")]
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record IntakeResponse(
    [property: Description("Orders received now.")] int Created,
    [property: Description("Orders whose external id this shop had already sent (or sent twice in this batch): ignored.")] int Duplicates,
    [property: Description("Orders refused; see their errors.")] int Rejected,
    [property: Description("One entry per order of the request, in the same order.")] IReadOnlyList<OrderOutcome> Orders);

[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record OrderOutcome(
    [property: Description("The order's position in the request's orders array, from 0.")] int Index,
    [property: Description("The external id as received (empty when it could not be read).")] string ExternalOrderId,
    [property: Description("created, duplicate or rejected.")] string Outcome,
    [property: Description("Our order number (DS…), for a created order.")] string? Number,
    [property: Description("Why a rejected order was refused, field by field; empty otherwise.")] IReadOnlyList<FieldError> Errors);

[Description("A problem with one value of the request.")]
public sealed record FieldError(
    [property: OpenApiExample("\"lines[0].declaredUnitFen\"")]
    [property: Description("The value's path in the order, as the JSON spells it (lines[0].declaredUnitFen); empty for the order as a whole.")]
    string Field,
    [property: Description("What is wrong, in plain words (Chinese).")] string Message);

[Description("The answer to a request refused as a whole: the body is not JSON or not the expected shape, the key is missing or wrong, the batch is too large.")]
public sealed record ApiError(
    [property: OpenApiExample("\"too_many_orders\"")]
    [property: Description("A stable code: invalid_api_key, empty_body, invalid_json, invalid_body, no_orders, too_many_orders, body_too_large, busy, invalid_return.")]
    string Error,
    [property: Description("What is wrong and what to do, in plain words (Chinese).")] string Message,
    [property: Description("Field errors, where the refusal is about particular values."), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<FieldError>? Errors = null);

[Description("A buyer's return of a shipped order, reported by the outside shop, so the parcel is recognised when it is scanned in.")]
public sealed record ReturnRequest
{
    [StringOrInteger, OpenApiExample("\"3796500000000000002\"")]
    [Description("The external order id the order was received with.")]
    public required string ExternalOrderId { get; init; }

    [StringOrInteger, OpenApiExample("\"SF1234567890123\"")]
    [Description("The return parcel's waybill number, at most 40 characters.")]
    public required string ReturnWaybill { get; init; }
}

[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record ReturnResponse([property: Description("Always true: the return is registered.")] bool Ok);

/// The property accepts a JSON string or a whole number (the OpenAPI description says so: type [string, integer]).
[AttributeUsage(AttributeTargets.Property)]
public sealed class StringOrIntegerAttribute : Attribute;

/// An example value for the property in the OpenAPI description, as JSON.
[AttributeUsage(AttributeTargets.Property)]
public sealed class OpenApiExampleAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}

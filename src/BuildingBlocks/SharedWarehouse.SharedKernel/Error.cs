namespace SharedWarehouse.SharedKernel;

/// Field names the input-model property the message belongs to (empty = the whole form), so the web
/// layer can put the message next to the field. Message is a localisation key (the zh-CN text);
/// Args are formatted into it after translation.
public sealed record Error(string Code, string Message, string Field = "", params object[] Args)
{
    public static Error Validation(string field, string message, params object[] args) =>
        new("validation", message, field, args);

    public static Error NotFound(string message = "找不到该记录") => new("not_found", message);

    public static Error Conflict(string message, string field = "") => new("conflict", message, field);

    public static Error Forbidden(string message = "无权执行此操作") => new("forbidden", message);
}

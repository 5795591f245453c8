using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Markets.Contracts;
using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Markets;

/// A market made through the real commands: floors 1楼 (order 1) and 2楼 (order 2); stalls A01 and A02 on 1楼, B01 on 2楼.
public sealed record TestMarket(Guid Id, string Name, Guid Floor1, Guid Floor2, Guid A01, Guid A02, Guid B01);

public static class MarketsGiven
{
    public const string District = "440104"; // 广东省 广州市 越秀区

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public static async Task<TestMarket> MarketAsync(this AppFixture app, string? name = null)
    {
        name ??= Unique("测试市场");
        var id = Ok(await app.SendAsync(new SaveMarket(null, name, District, "人民南路 1 号", null)));
        var floor1 = Ok(await app.SendAsync(new SaveFloor(id, null, "1楼", 1)));
        var floor2 = Ok(await app.SendAsync(new SaveFloor(id, null, "2楼", 2)));
        var a01 = Ok(await app.SendAsync(new SaveStall(id, null, floor1, "A01", "王姐", "13800001111")));
        var a02 = Ok(await app.SendAsync(new SaveStall(id, null, floor1, "A02", null, null)));
        var b01 = Ok(await app.SendAsync(new SaveStall(id, null, floor2, "B01", "李哥", null)));
        return new TestMarket(id, name, floor1, floor2, a01, a02, b01);
    }

    public static StallChoiceInput Option(Guid? stall, string? style = null) => new(stall, style);

    public static SaveStallCode Code(Guid ownerId, string code, params StallChoiceInput[] options) => new(ownerId, null, code, options);

    public static Task<T> DirectoryAsync<T>(this AppFixture app, Func<IStallDirectory, Task<T>> call) =>
        app.WithScopeAsync(sp => call(sp.GetRequiredService<IStallDirectory>()));

    /// A CSV file as a merchant's spreadsheet would save it.
    public static byte[] Csv(string text, bool bom = true) =>
        [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];

    private static Guid Ok(SharedKernel.Result<Guid> result)
    {
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }
}

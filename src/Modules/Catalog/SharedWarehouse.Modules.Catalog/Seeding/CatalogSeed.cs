using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.Modules.Catalog.Seeding;

/// The default categories with their attribute templates, created once at start-up (every environment:
/// a merchant cannot create a product without a category). Admins change them afterwards.
internal sealed class CatalogSeed(CatalogDbContext db) : IStartupTask
{
    public const string ShelfLifeAttribute = "保质期";
    public const string Liquor = "酒水";
    public const string Apparel = "服装";

    public int Order => 5;

    public async Task RunAsync(CancellationToken ct)
    {
        await EnsureAsync(Liquor, 1, c =>
        {
            c.AddAttribute("品牌", AttributeType.Text, null, required: false);
            c.AddAttribute("产地", AttributeType.Text, null, required: true);
            c.AddAttribute("酒精度", AttributeType.Number, "%vol", required: true);
            c.AddAttribute("净含量", AttributeType.Integer, "ml", required: true);
            c.AddAttribute("配料", AttributeType.Text, null, required: true);
            c.AddAttribute(ShelfLifeAttribute, AttributeType.Integer, "天", required: false);
        }, ct);
        await EnsureAsync(Apparel, 2, c =>
        {
            c.AddAttribute("颜色", AttributeType.Text, null, required: true);
            c.AddAttribute("尺码", AttributeType.Text, null, required: true);
        }, ct);
    }

    private async Task EnsureAsync(string name, int order, Action<Category> template, CancellationToken ct)
    {
        if (await db.Categories.AnyAsync(c => c.ParentId == null && c.Name == name, ct)) return;
        var category = Category.Create(name, null, order);
        template(category);
        db.Categories.Add(category);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node seeded it at the same moment: the unique index kept one.
            db.ChangeTracker.Clear();
        }
    }
}

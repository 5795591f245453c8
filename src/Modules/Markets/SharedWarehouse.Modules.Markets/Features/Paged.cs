namespace SharedWarehouse.Modules.Markets.Features;

public sealed record Paged<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// The page size clamped to 1..100 and the page number to the pages there are.
    public static (int Number, int Size) Clamp(int number, int size, int total)
    {
        size = Math.Clamp(size, 1, 100);
        return (Math.Clamp(number, 1, Math.Max(1, (total + size - 1) / size)), size);
    }
}

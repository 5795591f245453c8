using System.Buffers.Binary;
using System.IO.Compression;

namespace SharedWarehouse.BuildingBlocks.Uploads;

/// Writes RGB PNGs (a solid colour, or one drawn pixel by pixel): demo data and tests need real images without an
/// imaging library.
public static class PngWriter
{
    public static byte[] Solid(int width, int height, byte red, byte green, byte blue) =>
        Draw(width, height, (_, _) => (red, green, blue));

    /// An RGB picture whose every pixel is given by pixel(x, y): enough for generated demo pictures.
    public static byte[] Draw(int width, int height, Func<int, int, (byte Red, byte Green, byte Blue)> pixel)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        WriteChunk(output, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + width * 3]; // filter byte 0 (none), then RGB triples
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++) (row[1 + x * 3], row[2 + x * 3], row[3 + x * 3]) = pixel(x, y);
                zlib.Write(row);
            }
        }
        WriteChunk(output, "IDAT", pixels.ToArray());
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        Span<byte> sum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32([.. typeBytes, .. data]));
        output.Write(sum);
    }

    // CRC-32 as PNG defines it (System.IO.Hashing is not part of the shared framework).
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}

using System.Buffers.Binary;

namespace SharedWarehouse.BuildingBlocks.Uploads;

public enum ImageFormat
{
    Unknown,
    Jpeg,
    Png,
    Webp,
}

public readonly record struct ImageInspection(ImageFormat Format, int Width, int Height)
{
    public static ImageInspection Unrecognised => default;

    public bool IsRecognised => Format != ImageFormat.Unknown;
}

// Identifies an upload by its content, never by its file name or the browser's Content-Type, and
// reads the pixel size without decoding (there is no image library here). Only the bytes passed
// in are examined, so callers hand over the start of the file (64 KiB covers the headers of any
// ordinary photo; JPEGs with huge EXIF/ICC blocks before SOF come back Unknown and are rejected).
// Every read is bounds-checked: malformed input yields Unknown, never an exception.
public static class ImageInspector
{
    public const int RecommendedHeaderBytes = 64 * 1024;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageInspection Inspect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngSignature))
        {
            return InspectPng(header);
        }

        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return InspectJpeg(header);
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return InspectWebp(header);
        }

        return ImageInspection.Unrecognised;
    }

    // Signature, then the IHDR chunk, which the spec requires to come first: length 13, "IHDR",
    // big-endian width and height.
    private static ImageInspection InspectPng(ReadOnlySpan<byte> data)
    {
        const int ihdrDataEnd = 8 + 4 + 4 + 13;
        if (data.Length < ihdrDataEnd
            || BinaryPrimitives.ReadUInt32BigEndian(data[8..]) != 13
            || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return ImageInspection.Unrecognised;
        }

        return Dimensions(
            ImageFormat.Png,
            BinaryPrimitives.ReadUInt32BigEndian(data[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    // Walks marker segments from just after SOI until the first start-of-frame, which carries the
    // size. Scanning for FF C0 instead would be fooled by thumbnails embedded in EXIF.
    private static ImageInspection InspectJpeg(ReadOnlySpan<byte> data)
    {
        var pos = 2;
        while (pos < data.Length)
        {
            if (data[pos] != 0xFF)
            {
                return ImageInspection.Unrecognised;
            }

            // Any number of 0xFF fill bytes may precede a marker.
            while (pos < data.Length && data[pos] == 0xFF)
            {
                pos++;
            }

            if (pos >= data.Length)
            {
                break;
            }

            var marker = data[pos++];

            // Standalone markers have no length field: TEM, RST0-7, SOI.
            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                continue;
            }

            // Byte-stuffing (FF 00) is only legal inside entropy-coded data; reaching EOI or SOS
            // before any SOF means there is no frame header to read.
            if (marker is 0x00 or 0xD9 or 0xDA)
            {
                return ImageInspection.Unrecognised;
            }

            if (pos + 2 > data.Length)
            {
                break;
            }

            int segmentLength = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            if (segmentLength < 2)
            {
                return ImageInspection.Unrecognised;
            }

            if (IsStartOfFrame(marker))
            {
                // Length(2) precision(1) height(2) width(2) components(1).
                if (segmentLength < 8 || pos + 7 > data.Length)
                {
                    return ImageInspection.Unrecognised;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 3)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 5)..]);

                // A zero height means it is defined later by a DNL marker; too rare to support.
                return Dimensions(ImageFormat.Jpeg, width, height);
            }

            // segmentLength is at most 65535 and pos is within the span, so this cannot overflow.
            pos += segmentLength;
        }

        return ImageInspection.Unrecognised;
    }

    // SOF0-SOF15 share the C0-CF range with DHT (C4), JPG (C8) and DAC (CC), which are not frames.
    private static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    // RIFF container: "RIFF" size "WEBP", then the first chunk's FourCC and size at 12 and 16,
    // with its payload from 20. The first chunk decides the layout.
    private static ImageInspection InspectWebp(ReadOnlySpan<byte> data)
    {
        if (data.Length < 20)
        {
            return ImageInspection.Unrecognised;
        }

        var fourCc = data.Slice(12, 4);
        var payload = data[20..];

        if (fourCc.SequenceEqual("VP8 "u8))
        {
            // Lossy: 3-byte frame tag (bit 0 clear on a key frame), start code 9D 01 2A, then
            // 14-bit width and height, each with 2 scaling bits on top that do not change the size.
            if (payload.Length < 10
                || (payload[0] & 0x01) != 0
                || payload[3] != 0x9D || payload[4] != 0x01 || payload[5] != 0x2A)
            {
                return ImageInspection.Unrecognised;
            }

            return Dimensions(
                ImageFormat.Webp,
                BinaryPrimitives.ReadUInt16LittleEndian(payload[6..]) & 0x3FFFu,
                BinaryPrimitives.ReadUInt16LittleEndian(payload[8..]) & 0x3FFFu);
        }

        if (fourCc.SequenceEqual("VP8L"u8))
        {
            // Lossless: signature 0x2F, then a little-endian bit field of width-1 (14 bits),
            // height-1 (14 bits), alpha hint (1 bit) and a 3-bit version that must be 0.
            if (payload.Length < 5 || payload[0] != 0x2F)
            {
                return ImageInspection.Unrecognised;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(payload[1..]);
            if (bits >> 29 != 0)
            {
                return ImageInspection.Unrecognised;
            }

            return Dimensions(ImageFormat.Webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (fourCc.SequenceEqual("VP8X"u8))
        {
            // Extended: flags(1) reserved(3), then canvas width-1 and height-1 as 24-bit little-endian.
            if (payload.Length < 10)
            {
                return ImageInspection.Unrecognised;
            }

            return Dimensions(ImageFormat.Webp, ReadUInt24LittleEndian(payload[4..]) + 1, ReadUInt24LittleEndian(payload[7..]) + 1);
        }

        return ImageInspection.Unrecognised;
    }

    private static uint ReadUInt24LittleEndian(ReadOnlySpan<byte> data) =>
        (uint)(data[0] | data[1] << 8 | data[2] << 16);

    // A zero or out-of-int-range dimension is not a usable image, whatever the magic bytes say.
    private static ImageInspection Dimensions(ImageFormat format, uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue
            ? ImageInspection.Unrecognised
            : new ImageInspection(format, (int)width, (int)height);
}

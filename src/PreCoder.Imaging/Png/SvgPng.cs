using SkiaSharp;
using Svg.Skia;

namespace PreCoder.Imaging.Png;

/// <summary>
/// Rasterises one of PreCoder's SVG charts to PNG with Svg.Skia, so the PNG is the same drawing as the SVG (no second
/// chart code to keep in step). The picture is drawn on white at <paramref name="scale"/> times its SVG size: charts
/// are a few hundred pixels wide, and journals ask for about 300 dpi at print width.
/// </summary>
public static class SvgPng
{
    /// <exception cref="InvalidDataException">The SVG could not be read or has no size.</exception>
    public static void Write(string svg, Stream png, float scale = 3)
    {
        using var document = new SKSvg();
        SKPicture? picture;
        try
        {
            picture = document.FromSvg(svg);
        }
        catch (System.Xml.XmlException ex)
        {
            throw new InvalidDataException($"the SVG is not well-formed XML: {ex.Message}", ex);
        }

        if (picture is null)
        {
            throw new InvalidDataException("the SVG could not be read");
        }

        var bounds = picture.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0)
        {
            throw new InvalidDataException("the SVG has no width or height");
        }

        using var bitmap = new SKBitmap((int)Math.Ceiling(bounds.Width * scale), (int)Math.Ceiling(bounds.Height * scale));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.DrawPicture(picture);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        data.SaveTo(png);
    }
}

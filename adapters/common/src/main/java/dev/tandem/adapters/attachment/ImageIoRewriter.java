package dev.tandem.adapters.attachment;

import dev.tandem.bot.attachment.FileType;
import dev.tandem.bot.attachment.UnsupportedAttachmentException;
import dev.tandem.bot.attachment.port.ImageRewriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * JPEG, PNG and GIF images are decoded and drawn into a new file of the same type with the JDK's
 * {@code javax.imageio}: only pixels survive, so a photo's EXIF (its GPS position, the camera) and anything
 * appended to the picture are gone. A phone photo's EXIF orientation is applied to the pixels first, so it is
 * not shown on its side. A GIF keeps its first frame. The JDK reads no WebP: a WebP is checked chunk by chunk
 * and loses its EXIF and XMP chunks instead ({@link WebpMetadata}).
 */
@Component
public class ImageIoRewriter implements ImageRewriter {

    /** Refused before decoding: a small file can claim a huge canvas ("decompression bomb"). */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.9f;

    @Override
    public byte[] rewrite(FileType type, byte[] content) {
        return switch (type) {
            case WEBP -> WebpMetadata.strip(content);
            case JPEG -> encode(JpegOrientation.upright(decode("jpeg", content), JpegOrientation.of(content)), "jpeg");
            case PNG -> encode(decode("png", content), "png");
            case GIF -> encode(decode("gif", content), "gif");
            case PDF -> throw new IllegalArgumentException("a PDF is not an image");
        };
    }

    private static BufferedImage decode(String format, byte[] content) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no " + format + " reader in this JDK");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new UnsupportedAttachmentException("the image is too large: at most "
                        + MAX_PIXELS / 1_000_000 + " megapixels");
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw unreadable();
            }
            return image;
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UnsupportedAttachmentException refused) {
                throw refused;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        BufferedImage pixels = "jpeg".equals(format) ? opaque(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException | RuntimeException failed) {
            throw unreadable();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** JPEG has no transparency: drawn on white, in plain RGB. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static UnsupportedAttachmentException unreadable() {
        return new UnsupportedAttachmentException("the image cannot be read; attach a photo (JPEG, PNG, WebP, GIF) or a PDF");
    }
}

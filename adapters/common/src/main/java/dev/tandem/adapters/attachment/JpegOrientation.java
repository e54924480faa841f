package dev.tandem.adapters.attachment;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (tag 0x0112: how the camera was held) and the pixels turned accordingly, so
 * a photo rewritten without its EXIF still shows upright.
 */
final class JpegOrientation {

    private static final int UPRIGHT = 1;

    private JpegOrientation() {
    }

    /** 1 to 8 as EXIF numbers them; 1 when the file says nothing (or nothing readable). */
    static int of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = u16(jpeg, at + 2, false);
                if (marker == 0xDA) {
                    return UPRIGHT;    // the image data starts: no EXIF before it
                }
                if (marker == 0xE1 && length >= 16 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x' && jpeg[at + 6] == 'i'
                        && jpeg[at + 7] == 'f') {
                    return fromTiff(jpeg, at + 10);
                }
                at += 2 + length;
            }
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return UPRIGHT;
        }
        return UPRIGHT;
    }

    private static int fromTiff(byte[] jpeg, int tiff) {
        boolean little = jpeg[tiff] == 'I';
        int directory = tiff + (int) u32(jpeg, tiff + 4, little);
        int entries = u16(jpeg, directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (u16(jpeg, entry, little) == 0x0112) {
                int orientation = u16(jpeg, entry + 8, little);
                return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** The image as it should be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, rgb);
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> out.setRGB(x, h - 1 - y, rgb);
                    case 5 -> out.setRGB(y, x, rgb);
                    case 6 -> out.setRGB(h - 1 - y, x, rgb);
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }

    private static int u16(byte[] bytes, int at, boolean little) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return little ? b << 8 | a : a << 8 | b;
    }

    private static long u32(byte[] bytes, int at, boolean little) {
        long high = u16(bytes, little ? at + 2 : at, little);
        long low = u16(bytes, little ? at : at + 2, little);
        return high << 16 | low;
    }
}

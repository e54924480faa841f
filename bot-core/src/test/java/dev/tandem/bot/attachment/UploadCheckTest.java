package dev.tandem.bot.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.attachment.port.ImageRewriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadCheckTest {

    private static final byte[] PNG = bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "IHDR…pixels");
    private static final byte[] PDF = ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");

    private final List<FileType> rewritten = new ArrayList<>();
    private final ImageRewriter images = (type, content) -> {
        rewritten.add(type);
        return ascii("clean " + type);
    };
    private final UploadCheck check = new UploadCheck(new AttachmentLimits(1024), images);

    @Test
    void givenAPngNamedAsAPdf_whenChecked_thenItIsAPngRewrittenAndNamedSo() {
        CheckedFile checked = check.check(new Upload("invoice.pdf", PNG));

        assertThat(checked.type()).isEqualTo(FileType.PNG);
        assertThat(checked.name()).isEqualTo("invoice.png");
        assertThat(rewritten).containsExactly(FileType.PNG);
        assertThat(checked.content()).isEqualTo(ascii("clean PNG"));
    }

    @Test
    void givenHtmlNamedAsAJpeg_whenChecked_thenItIsRefusedAsUnsupported() {
        byte[] html = ascii("<!doctype html><html><script>fetch('/api/v1/admin/customers')</script></html>");

        assertThatThrownBy(() -> check.check(new Upload("photo.jpg", html)))
                .isInstanceOf(UnsupportedAttachmentException.class)
                .hasMessageContaining("JPEG, PNG, WebP, GIF");
        assertThat(rewritten).isEmpty();
    }

    @Test
    void givenAScriptWithAJpegSignatureLaterInIt_whenChecked_thenOnlyTheFirstBytesCountAndItIsRefused() {
        byte[] polyglot = bytes(ascii("<script>alert(1)</script>"), new String(new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF}, StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> check.check(new Upload("x.jpg", polyglot)))
                .isInstanceOf(UnsupportedAttachmentException.class);
    }

    @Test
    void givenAPdfWithoutItsEndMarker_whenChecked_thenItIsNotTakenForAPdf() {
        assertThatThrownBy(() -> check.check(new Upload("x.pdf", ascii("%PDF-1.4 <html><script>alert(1)</script>"))))
                .isInstanceOf(UnsupportedAttachmentException.class);
    }

    @Test
    void givenAPdf_whenChecked_thenItIsKeptAsSentWithoutRewriting() {
        CheckedFile checked = check.check(new Upload("C:\\Users\\anna\\Order 1042 receipt.PDF", PDF));

        assertThat(checked.type()).isEqualTo(FileType.PDF);
        assertThat(checked.name()).isEqualTo("Order 1042 receipt.pdf");
        assertThat(checked.content()).isEqualTo(PDF);
        assertThat(rewritten).isEmpty();
    }

    @Test
    void givenAFileOverTheLimit_whenChecked_thenItIsRefusedBeforeAnyByteIsLookedAt() {
        byte[] large = bytes(PNG, "x".repeat(1024));

        assertThatThrownBy(() -> check.check(new Upload("big.png", large)))
                .isInstanceOf(AttachmentTooLargeException.class)
                .hasMessage("the file is too large; attach at most 1 KB");
        assertThat(rewritten).isEmpty();
    }

    @Test
    void givenAFileOfExactlyTheLimit_whenChecked_thenItIsTaken() {
        byte[] exact = bytes(PNG, "x".repeat(1024 - PNG.length));

        assertThat(check.check(new Upload("exact.png", exact)).type()).isEqualTo(FileType.PNG);
    }

    @Test
    void givenAnEmptyFile_whenChecked_thenItIsRefused() {
        assertThatThrownBy(() -> check.check(new Upload("empty.png", new byte[0])))
                .isInstanceOf(UnsupportedAttachmentException.class).hasMessage("the file is empty");
    }

    @Test
    void givenANameWithMarkupAndPathParts_whenChecked_thenTheShownNameHasNeither() {
        assertThat(UploadCheck.name("../../etc/<img src=x onerror=alert(1)>.jpg", FileType.JPEG))
                .isEqualTo("_img src=x onerror=alert(1)_.jpg");
        assertThat(UploadCheck.name("", FileType.JPEG)).isEqualTo("photo.jpg");
        assertThat(UploadCheck.name("...", FileType.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void givenEachSignature_whenSniffed_thenTheTypeIsTheOneTheBytesSay() {
        assertThat(FileType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileType.JPEG);
        assertThat(FileType.sniff(ascii("GIF89a\u0001\u0000"))).contains(FileType.GIF);
        assertThat(FileType.sniff(ascii("RIFF\u0010\u0000\u0000\u0000WEBPVP8L"))).contains(FileType.WEBP);
        assertThat(FileType.sniff(ascii("RIFF\u0010\u0000\u0000\u0000WAVEfmt "))).isEmpty();
        assertThat(FileType.sniff(ascii("PK\u0003\u0004 word/document.xml"))).isEmpty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(byte[] head, String tail) {
        byte[] rest = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }
}

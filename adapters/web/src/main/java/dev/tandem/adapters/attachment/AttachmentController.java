package dev.tandem.adapters.attachment;

import dev.tandem.adapters.error.ApiException;
import dev.tandem.adapters.shopper.BearerToken;
import dev.tandem.adapters.shopper.MessageView;
import dev.tandem.bot.attachment.AttachmentLimits;
import dev.tandem.bot.attachment.AttachmentNotFoundException;
import dev.tandem.bot.attachment.AttachmentTooLargeException;
import dev.tandem.bot.attachment.ReadAttachment;
import dev.tandem.bot.attachment.ShareAttachment;
import dev.tandem.bot.attachment.UnsupportedAttachmentException;
import dev.tandem.bot.attachment.Upload;
import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.shopper.ShopperCredential;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Photos and PDFs in a conversation. The body of an upload is the file itself (any {@code Content-Type}: the
 * type is found from the bytes), its name in {@code ?name=}; the answer is the message that carries it
 * ({@code 201}). The shopper uploads and downloads with the conversation's token, like writing a message; an
 * agent uploads to a conversation they hold and downloads from any.
 * A download can never run in a browser: it is sent with the type its bytes were found to be,
 * {@code X-Content-Type-Options: nosniff}, {@code Content-Security-Policy: default-src 'none'; sandbox}, and as
 * a download ({@code Content-Disposition: attachment}) unless it is an image.
 */
@RestController
public class AttachmentController {

    static final String DOWNLOAD_POLICY = "default-src 'none'; sandbox";

    private final ShareAttachment share;
    private final ReadAttachment read;
    private final AttachmentLimits limits;

    public AttachmentController(ShareAttachment share, ReadAttachment read, AttachmentLimits limits) {
        this.share = share;
        this.read = read;
        this.limits = limits;
    }

    @PostMapping("/api/v1/conversations/{id}/attachments")
    public Mono<ResponseEntity<MessageView>> shopperUploads(
            @PathVariable String id,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "name", required = false) String name, ServerHttpRequest request) {
        ShopperCredential token = new ShopperCredential.Token(BearerToken.from(authorization));
        return created(upload(request, name).flatMap(upload -> share.shopperShares(id, token, upload)));
    }

    @GetMapping("/api/v1/conversations/{id}/attachments/{attachmentId}")
    public Mono<ResponseEntity<byte[]>> shopperDownloads(
            @PathVariable String id, @PathVariable String attachmentId,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        ShopperCredential token = new ShopperCredential.Token(BearerToken.from(authorization));
        return read.forShopper(id, token, attachmentId).map(AttachmentController::served)
                .onErrorMap(AttachmentController::asApiError);
    }

    @PostMapping("/api/v1/agent/conversations/{id}/attachments")
    public Mono<ResponseEntity<MessageView>> agentUploads(@PathVariable String id, Principal agent,
                                                          @RequestParam(name = "name", required = false) String name,
                                                          ServerHttpRequest request) {
        return created(upload(request, name).flatMap(upload -> share.agentShares(agent.getName(), id, upload)));
    }

    @GetMapping("/api/v1/agent/conversations/{id}/attachments/{attachmentId}")
    public Mono<ResponseEntity<byte[]>> staffDownloads(@PathVariable String id, @PathVariable String attachmentId) {
        return read.forStaff(id, attachmentId).map(AttachmentController::served)
                .onErrorMap(AttachmentController::asApiError);
    }

    /** Reads at most one byte more than the limit, so a chunked body over it is refused without being kept. */
    private Mono<Upload> upload(ServerHttpRequest request, String name) {
        long max = limits.maxBytes();
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, max))
                .map(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    return new Upload(name, bytes);
                })
                .defaultIfEmpty(new Upload(name, new byte[0]))
                .onErrorMap(DataBufferLimitException.class, tooMuch -> new AttachmentTooLargeException(max));
    }

    /** The message carrying the file, {@code 201}. */
    private static Mono<ResponseEntity<MessageView>> created(Mono<Message> shared) {
        return shared.map(message -> ResponseEntity.status(HttpStatus.CREATED).body(MessageView.of(message)))
                .onErrorMap(AttachmentController::asApiError);
    }

    static ResponseEntity<byte[]> served(Attachment attachment) {
        boolean image = attachment.file().image();
        String name = attachment.file().name();
        ContentDisposition.Builder kind = image ? ContentDisposition.inline() : ContentDisposition.attachment();
        // RFC 5987 only where it is needed: a plain ASCII name stays a plain filename="…".
        ContentDisposition disposition = (StandardCharsets.US_ASCII.newEncoder().canEncode(name) ? kind.filename(name)
                : kind.filename(name, StandardCharsets.UTF_8)).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", DOWNLOAD_POLICY)
                // A file never changes under its id; only the browser that fetched it keeps it.
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(attachment.content());
    }

    private static Throwable asApiError(Throwable failure) {
        if (failure instanceof AttachmentTooLargeException tooLarge) {
            return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "attachment_too_large", tooLarge.getMessage());
        }
        if (failure instanceof UnsupportedAttachmentException unsupported) {
            return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_attachment", unsupported.getMessage());
        }
        if (failure instanceof AttachmentNotFoundException notFound) {
            return new ApiException(HttpStatus.NOT_FOUND, "attachment_not_found", notFound.getMessage());
        }
        return failure;
    }
}

package dev.tandem.adapters.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.adapters.shopper.MessageView;
import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.conversation.InternalNote;
import dev.tandem.bot.privacy.Erasure;
import dev.tandem.bot.privacy.ErasureSetChangedException;
import dev.tandem.bot.privacy.PersonalData;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Customers' data requests (role ADMIN): {@code GET /api/v1/admin/customers/export?email=} returns every
 * conversation of the customer with its transcript and its attachments (bytes in Base64);
 * {@code DELETE /api/v1/admin/customers?email=} erases them.
 * An erasure can be looked at first: {@code &dryRun=true} answers which conversations it would delete and
 * deletes nothing; {@code &conversationIds=a,b} then deletes exactly those (409 if one is not the customer's).
 */
@RestController
@RequestMapping("/api/v1/admin/customers")
public class PersonalDataController {

    private final PersonalData personalData;

    public PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    public record Export(String email, List<ExportedConversation> conversations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportedConversation(String id, String channel, String language, String state, String contactEmail,
                                      Instant createdAt, Instant updatedAt, List<MessageView> messages,
                                      List<ExportedLink> customerLinks, List<ExportedAttachment> attachments,
                                      List<ExportedNote> internalNotes) {

        static ExportedConversation of(PersonalData.CustomerConversation exported) {
            Conversation conversation = exported.conversation();
            return new ExportedConversation(conversation.id(), conversation.channel().apiName(),
                    conversation.language().code(), conversation.state().name(), conversation.contactEmail().orElse(null),
                    conversation.createdAt(), conversation.updatedAt(), MessageView.of(exported.messages()),
                    exported.customerLinks().stream().map(ExportedLink::of).toList(),
                    exported.attachments().stream().map(ExportedAttachment::of).toList(),
                    exported.notes().stream().map(ExportedNote::of).toList());
        }
    }

    /** A photo or document sent in the conversation, its bytes in Base64. */
    public record ExportedAttachment(String id, String name, String mediaType, long size, Instant createdAt,
                                     String contentBase64) {

        static ExportedAttachment of(Attachment attachment) {
            return new ExportedAttachment(attachment.id(), attachment.file().name(), attachment.file().mediaType(),
                    attachment.file().size(), attachment.createdAt(),
                    Base64.getEncoder().encodeToString(attachment.content()));
        }
    }

    /** An agent's internal note on the conversation: never shown to the shopper, but part of what is kept about them. */
    public record ExportedNote(long afterSeq, String agent, String text, Instant createdAt) {

        static ExportedNote of(InternalNote note) {
            return new ExportedNote(note.afterSeq(), note.agent(), note.text(), note.createdAt());
        }
    }

    /** What ties the conversation to the customer: an identity, how it was learnt, the order proven. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportedLink(String kind, String value, String source, String orderNumber, Instant linkedAt) {

        static ExportedLink of(CustomerLink link) {
            return new ExportedLink(link.identity().kind().name(), link.identity().value(), link.source().name(),
                    link.orderNumber().orElse(null), link.linkedAt());
        }
    }

    /** @param conversations how many were (or, in a dry run, would be) erased: {@code conversationIds.size()} */
    public record Erased(String email, boolean dryRun, long conversations, List<String> conversationIds) {

        static Erased of(Erasure erasure, boolean dryRun) {
            return new Erased(erasure.email(), dryRun, erasure.count(), erasure.conversationIds());
        }
    }

    @GetMapping("/export")
    public Mono<Export> export(@RequestParam("email") String email) {
        return personalData.export(email).map(ExportedConversation::of).collectList().map(all -> new Export(email, all));
    }

    @DeleteMapping
    public Mono<Erased> erase(@RequestParam("email") String email,
                              @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                              @RequestParam(name = "conversationIds", required = false) List<String> confirmedIds) {
        if (dryRun) {
            return personalData.erasable(email).map(erasure -> Erased.of(erasure, true));
        }
        Mono<Erasure> erased = confirmedIds == null ? personalData.erase(email) : personalData.erase(email, confirmedIds);
        return erased.map(erasure -> Erased.of(erasure, false))
                .onErrorMap(ErasureSetChangedException.class,
                        changed -> new ApiException(HttpStatus.CONFLICT, "erasure_set_changed", changed.getMessage()));
    }
}

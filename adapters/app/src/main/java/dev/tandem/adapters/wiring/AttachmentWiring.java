package dev.tandem.adapters.wiring;

import dev.tandem.bot.attachment.AttachmentLimits;
import dev.tandem.bot.attachment.ReadAttachment;
import dev.tandem.bot.attachment.ReadAttachmentService;
import dev.tandem.bot.attachment.ShareAttachment;
import dev.tandem.bot.attachment.ShareAttachmentService;
import dev.tandem.bot.attachment.UploadCheck;
import dev.tandem.bot.attachment.port.AttachmentStore;
import dev.tandem.bot.attachment.port.ImageRewriter;
import dev.tandem.bot.shopper.TurnRecorder;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.ShopperTurnLimit;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Photos and PDFs in conversations: the limit ({@code tandem.attachments.max-bytes}) and the use cases. */
@Configuration(proxyBeanMethods = false)
class AttachmentWiring {

    @Bean
    AttachmentLimits attachmentLimits(@Value("${tandem.attachments.max-bytes:10MB}") DataSize maxBytes) {
        return new AttachmentLimits(maxBytes.toBytes());
    }

    @Bean
    UploadCheck uploadCheck(AttachmentLimits limits, ImageRewriter images) {
        return new UploadCheck(limits, images);
    }

    @Bean
    ShareAttachment shareAttachment(Conversations conversations, AttachmentStore store, TurnRecorder recorder,
                                    UploadCheck check, ShopperTurnLimit turnLimit, Clock clock) {
        return new ShareAttachmentService(conversations, store, recorder, check, turnLimit, clock);
    }

    @Bean
    ReadAttachment readAttachment(Conversations conversations, AttachmentStore store) {
        return new ReadAttachmentService(conversations, store);
    }
}

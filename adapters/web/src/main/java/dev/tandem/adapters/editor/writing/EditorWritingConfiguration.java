package dev.tandem.adapters.editor.writing;

import dev.tandem.adapters.config.DataDirectory;
import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.events.ContentChangeRelay;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Wires the content-writing service on the directory the bot serves. */
@Configuration(proxyBeanMethods = false)
public class EditorWritingConfiguration {

    @Bean(destroyMethod = "close")
    LiveContent liveContent(CurrentShopKnowledge knowledge, ObjectProvider<ContentChangeRelay> relay) {
        return LiveContent.of(knowledge, () -> relay.ifAvailable(ContentChangeRelay::contentChanged));
    }

    @Bean
    ContentEditing contentEditing(CurrentShopKnowledge knowledge, TandemProperties properties, LiveContent live) {
        Path dataDir = DataDirectory.writable(properties.dataDir());
        Path contentDir = knowledge.contentDir();
        ContentHistory history = GitContentHistory.open(contentDir)
                .orElseGet(() -> new DataDirContentHistory(dataDir.resolve("content-history")));
        return new FileContentEditing(contentDir, dataDir.resolve("editor-staging"), history, live);
    }

    @Bean
    FaqEntries faqEntries(ContentEditing content, CurrentShopKnowledge knowledge) {
        return new FaqEntries(content, knowledge.contentDir());
    }

    @Bean
    FaqDrafts faqDrafts(ContentEditing content, FaqEntries faq, CurrentShopKnowledge knowledge, ObjectMapper json) {
        return new FaqDrafts(content, faq, knowledge.contentDir(), json);
    }

    @Bean
    IntentExamples intentExamples(ContentEditing content) {
        return new IntentExamples(content);
    }

    @Bean
    LearningLoopEdits learningLoopEdits(IntentExamples examples, FaqEntries faq, ContentEditing content) {
        return new LearningLoopEdits(examples, faq, content);
    }

    @Bean
    SaveResponses saveResponses(ContentEditing content) {
        return new SaveResponses(content);
    }
}

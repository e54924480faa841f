package dev.tandem.adapters.editor.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving content files for editors, on a copy of the demo shop: lint first, atomic, versioned, with history. */
class FileContentEditingTest {

    private static final Path DEMO = Path.of("..", "..", "content", "demo-shop");

    @TempDir
    Path content;

    @TempDir
    Path data;

    private final AtomicInteger reloads = new AtomicInteger();
    private LiveContent live;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private FileContentEditing editing(ContentHistory history) throws IOException {
        copy(DEMO, content);
        live = new LiveContent(reloads::incrementAndGet, List::of, () -> { });
        return new FileContentEditing(content, data.resolve("staging"), history, live);
    }

    private FileContentEditing withDataDirHistory() throws IOException {
        return editing(new DataDirContentHistory(data.resolve("history")));
    }

    private static FaqDocument loyalty(String answer) {
        return new FaqDocument("loyalty-points", "How do loyalty points work?", List.of("do I get points"),
                List.of("loyalty"), "", "offer", answer);
    }

    @Test
    void givenAValidNewEntry_whenSaved_thenTheFileIsWrittenVersionedAndReloaded() throws Exception {
        FileContentEditing editing = withDataDirHistory();
        FaqEntries faq = new FaqEntries(editing, content);

        SaveOutcome outcome = faq.create("anna", "loyalty-points", Map.of("en", loyalty("Every **10 PLN** is a point."),
                "ru", loyalty("Каждые 10 PLN — один балл."), "uk", loyalty("Кожні 10 PLN — один бал."),
                "pl", loyalty("Każde 10 PLN to jeden punkt.")));

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        String written = Files.readString(content.resolve("faq/en/loyalty-points.md"));
        assertThat(written).contains("id: loyalty-points", "title: \"How do loyalty points work?\"", "Every **10 PLN** is a point.");
        assertThat(((SaveOutcome.Saved) outcome).versions()).containsEntry("faq/en/loyalty-points.md", ContentVersions.of(written));
        editing.whenServed(((SaveOutcome.Saved) outcome).revision()).get(5, TimeUnit.SECONDS);
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(editing.history(ContentPath.faq("en", "loyalty-points"))).singleElement()
                .satisfies(version -> assertThat(version.by()).isEqualTo("anna"));
        try (Stream<Path> leftovers = Files.list(content.resolve("faq/en"))) {
            assertThat(leftovers.map(Path::toString)).noneMatch(name -> name.endsWith(FileContentEditing.SAVING_SUFFIX));
        }
    }

    @Test
    void givenAnEntryWithoutAnAnswer_whenSaved_thenRefusedWithFileAndLineAndNothingIsWritten() throws Exception {
        FaqEntries faq = new FaqEntries(withDataDirHistory(), content);

        SaveOutcome outcome = faq.create("anna", "loyalty-points", Map.of("en", loyalty("   ")));

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid -> assertThat(invalid.problems())
                .anySatisfy(problem -> assertThat(problem).matches("faq/en/loyalty-points\\.md:\\d+: .*answer.*empty.*")));
        assertThat(content.resolve("faq/en/loyalty-points.md")).doesNotExist();
        assertThat(reloads.get()).isZero();
    }

    @Test
    void givenMalformedYaml_whenSavedAsAFile_thenRefusedAndTheLiveFileIsUnchanged() throws Exception {
        FileContentEditing editing = withDataDirHistory();
        ContentPath thanks = ContentPath.intent("thanks");
        ContentEditing.StoredFile before = editing.read(thanks);

        SaveOutcome outcome = editing.save("anna", "broken", List.of(new FileChange.Write(thanks,
                "action: smalltalk\nexamples: [unclosed\n", Optional.of(before.version()))));

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid -> assertThat(invalid.problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("intents/thanks.yml:")));
        assertThat(editing.read(thanks).text()).isEqualTo(before.text());
    }

    @Test
    void givenTwoEditorsOnTheSameEntry_whenTheSecondSavesFromTheOldVersion_thenRefusedNamingTheFirst() throws Exception {
        FileContentEditing editing = withDataDirHistory();
        FaqEntries faq = new FaqEntries(editing, content);
        FaqEntries.StoredFaq loaded = faq.read("gift-cards").get("en");
        FaqDocument document = loaded.document().orElseThrow();

        faq.update("anna", "gift-cards", Map.of("en", new FaqEntries.Edit(document.withQuestion("gift card expiry?"), loaded.version())));
        SaveOutcome second = faq.update("olek", "gift-cards", Map.of("en", new FaqEntries.Edit(
                document.withQuestion("can I top up a gift card?"), loaded.version())));

        assertThat(second).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> assertThat(conflict.message())
                .startsWith("faq/en/gift-cards.md was changed by anna at ").endsWith("reload to merge"));
        assertThat(Files.readString(content.resolve("faq/en/gift-cards.md"))).contains("gift card expiry?")
                .doesNotContain("top up");
    }

    @Test
    void givenAFileChangedOnDisk_whenAnEditorSavesFromTheVersionTheyLoaded_thenRefused() throws Exception {
        FileContentEditing editing = withDataDirHistory();
        ContentPath synonyms = new ContentPath("synonyms/en.txt");
        ContentEditing.StoredFile loaded = editing.read(synonyms);
        Files.writeString(content.resolve("synonyms/en.txt"), loaded.text().get() + "sofa, couch\n");

        SaveOutcome outcome = editing.save("anna", "edit", List.of(new FileChange.Write(synonyms,
                loaded.text().get() + "bag, handbag\n", Optional.of(loaded.version()))));

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Conflict.class,
                conflict -> assertThat(conflict.changedBy()).contains("outside the editor"));
        assertThat(Files.readString(content.resolve("synonyms/en.txt"))).contains("sofa, couch").doesNotContain("handbag");
    }

    @Test
    void givenAnIntent_whenExamplesAreAddedRemovedAndMoved_thenOnlyThoseLinesChange() throws Exception {
        FileContentEditing editing = withDataDirHistory();
        IntentExamples intents = new IntentExamples(editing);
        String before = Files.readString(content.resolve("intents/gift_cards.yml"));

        intents.add("anna", "gift_cards", Map.of("pl", List.of("czy bon podarunkowy ma termin ważności"), "en", List.of("gift card: \"expiry\"?")));
        intents.move("anna", "gift_cards", "en", "gift card: \"expiry\"?", "promo_codes");
        intents.remove("anna", "gift_cards", "pl", "czy bon podarunkowy ma termin ważności");

        assertThat(Files.readString(content.resolve("intents/gift_cards.yml"))).isEqualTo(before);
        assertThat(intents.read("promo_codes").examples().get("en")).endsWith("gift card: \"expiry\"?");
        assertThatThrownBy(() -> intents.add("anna", "promo_codes", Map.of("en", List.of("GIFT CARD: \"expiry\"?"))))
                .isInstanceOf(InvalidEdit.class).hasMessageContaining("already an example");
    }

    @Test
    void givenAGitRepository_whenSavedAndRestored_thenEachSaveIsACommitByTheEditorAndUndoBringsTheOldTextBack()
            throws Exception {
        copy(DEMO, content);
        try (Git git = Git.init().setDirectory(content.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Demo shop").setAuthor("setup", "setup@example.com").setCommitter("setup", "setup@example.com").call();
        }
        live = new LiveContent(reloads::incrementAndGet, List::of, () -> { });
        FileContentEditing editing = new FileContentEditing(content, data.resolve("staging"),
                GitContentHistory.open(content).orElseThrow(), live);
        ContentPath path = new ContentPath("synonyms/pl.txt");
        ContentEditing.StoredFile original = editing.read(path);

        editing.save("anna", "Add sofa synonyms", List.of(new FileChange.Write(path, original.text().get() + "sofa, kanapa\n",
                Optional.of(original.version()))));
        List<ContentHistory.Version> versions = editing.history(path);
        editing.save("olek", "Undo", List.of(new FileChange.Write(path, editing.textAt(path, versions.get(1).id()).get(),
                Optional.of(versions.get(0).contentVersion()))));

        assertThat(editing.read(path).text()).isEqualTo(original.text());
        try (Git git = Git.open(content.toFile())) {
            List<RevCommit> log = List.copyOf((java.util.Collection<RevCommit>) toList(git.log().call()));
            assertThat(log).extracting(commit -> commit.getAuthorIdent().getName()).containsExactly("olek", "anna", "setup");
            assertThat(log.get(1).getFullMessage()).isEqualTo("Add sofa synonyms");
            assertThat(git.status().call().isClean()).isTrue();
        }
    }

    @Test
    void givenAGitRepositoryMidMerge_whenSaved_thenAClearMessageAndNothingWritten() throws Exception {
        copy(DEMO, content);
        try (Git git = Git.init().setDirectory(content.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Demo shop").setAuthor("setup", "setup@example.com").setCommitter("setup", "setup@example.com").call();
        }
        Files.writeString(content.resolve(".git/MERGE_HEAD"), "0123456789012345678901234567890123456789\n");
        live = new LiveContent(reloads::incrementAndGet, List::of, () -> { });
        FileContentEditing editing = new FileContentEditing(content, data.resolve("staging"),
                GitContentHistory.open(content).orElseThrow(), live);
        ContentPath path = new ContentPath("synonyms/pl.txt");
        ContentEditing.StoredFile original = editing.read(path);

        SaveOutcome outcome = editing.save("anna", "edit", List.of(new FileChange.Write(path, "x, y\n", Optional.of(original.version()))));

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.RepositoryBusy.class, busy -> assertThat(busy.message())
                .contains("git repository is in the middle of").contains("nothing was written"));
        assertThat(editing.read(path).text()).isEqualTo(original.text());
    }

    private static <T> List<T> toList(Iterable<T> items) {
        List<T> list = new java.util.ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}

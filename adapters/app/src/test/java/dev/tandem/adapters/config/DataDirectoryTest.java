package dev.tandem.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.adapters.TandemApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A data directory the server cannot write to stops the start with one line naming it and the reason, and
 * what to do, not with a stack trace. (Tests run as root, whom permissions do not stop: a file standing where
 * the directory should be is the unwritable directory here; a read-only one or a full disk fails the same check.)
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryTest {

    @Test
    void givenAWritableDirectory_whenChecked_thenCreatedAndLeftWithoutTheCheckFile(@TempDir Path parent) {
        Path dataDir = parent.resolve("data");

        Path checked = DataDirectory.writable(dataDir);

        assertThat(checked).isDirectory().isEqualTo(dataDir.toAbsolutePath());
        assertThat(checked.resolve(DataDirectory.CHECK_FILE)).doesNotExist();
    }

    @Test
    void givenAFileWhereTheDirectoryShouldBe_whenChecked_thenOneLineSaysWhichDirectoryAndWhy(@TempDir Path parent)
            throws IOException {
        Path blocked = Files.writeString(parent.resolve("data"), "not a directory");

        assertThatThrownBy(() -> DataDirectory.writable(blocked))
                .isInstanceOf(DataDirectory.NotWritableException.class)
                .hasMessage("tandem.data-dir " + blocked + " is not writable: it is a file, not a directory");
    }

    @Test
    void givenAnUnwritableDataDirectory_whenTheServerStarts_thenItStopsWithThatLineFirstAndNoStackTrace(
            CapturedOutput output) throws IOException {
        // Not a @TempDir: its random 19-digit name can pass for a card number, which the log masks.
        Path parent = Files.createDirectories(Path.of("..", "target", "unwritable-data-dir").toAbsolutePath().normalize());
        Path blocked = Files.writeString(parent.resolve("data"), "not a directory");

        assertThatThrownBy(() -> new SpringApplicationBuilder(TandemApplication.class)
                .run("--server.port=0", "--tandem.data-dir=" + blocked).close())
                .satisfies(failure -> assertThat(new DataDirectoryFailureAnalyzer().analyze(failure)).isNotNull());

        String report = output.getOut() + output.getErr();
        assertThat(report).contains("Description:\n\ntandem.data-dir " + blocked + " is not writable: ")
                .contains("Action:\n\nLet the user running Tandem write to that directory");
        assertThat(report.lines().filter(line -> line.startsWith("\tat "))).as("stack trace lines").isEmpty();
    }
}

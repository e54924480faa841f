package dev.tandem.adapters.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the nginx configuration scripts/cluster.sh really uses, not an older copy. */
class ClusterDocumentationTest {

    @Test
    void givenTheClusterScriptsNginxConfiguration_thenTheReadmeQuotesItWhole() throws IOException {
        String configuration = Files.readString(Path.of("..", "..", "scripts", "cluster", "nginx.conf"));
        String readme = Files.readString(Path.of("..", "..", "README.md"));

        assertThat(readme).contains("```nginx\n" + configuration + "```");
        assertThat(Files.readString(Path.of("..", "..", "scripts", "cluster.sh"))).contains("scripts/cluster/nginx.conf");
    }
}

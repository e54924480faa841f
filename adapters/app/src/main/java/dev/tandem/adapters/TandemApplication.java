package dev.tandem.adapters;

import dev.tandem.adapters.cli.TandemCli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Tandem server ({@code java -jar tandem.jar [--property=value …]}), or runs one of its commands
 * ({@code java -jar tandem.jar kb lint …}) without starting the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TandemApplication {

    public static void main(String[] args) {
        if (TandemCli.isCommand(args)) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(TandemCli.run(args, out, err));
        }
        SpringApplication.run(TandemApplication.class, args);
    }
}

package dev.tandem.adapters.cli;

import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.eval.IntentBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * {@code benchmark clinc150|banking77 <data>}: the intent model on a public data set, by the data set's
 * rules. Progress goes to stderr; the last line on stdout is one JSON object with the results (contract).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Train and evaluate the intent model on CLINC150 (data_full.json) or BANKING77 (directory "
                + "with train.csv and test.csv); the last stdout line is a JSON object with the results.")
final class BenchmarkCommand implements Callable<Integer> {

    private static final String OUT_OF_SCOPE = "oos";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "dataset", description = "clinc150 or banking77")
    String dataset;

    @Parameters(index = "1", paramLabel = "data", description = "data_full.json (clinc150) or the directory of train.csv/test.csv")
    Path data;

    @Option(names = "--intents", paramLabel = "N", description = "only the first N intents in alphabetical order "
            + "(out-of-scope questions kept): a quicker experiment loop; the published figures use all")
    Integer intents;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        IntentBenchmark benchmark = new IntentBenchmark(OpenNlpIntentClassifier::train, message -> {
            err.println(message);
            err.flush();
        });
        if (intents != null && intents < 2) {
            return TandemCli.misuse(spec, "--intents must be at least 2: a classifier needs two intents to choose between");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dataset", dataset);
        switch (dataset) {
            case "clinc150" -> {
                if (!Files.isRegularFile(data)) {
                    return TandemCli.misuse(spec, data + ": not a file (expected CLINC150's data_full.json)");
                }
                JsonNode json = JsonMapper.builder().build().readTree(data.toFile());
                // The threshold is chosen on val with both out-of-scope samples that are not test: oos_train is
                // never trained on, and 200 out-of-scope questions give a steadier threshold than oos_val's 100.
                List<IntentBenchmark.Example> train = clinc(json, "train");
                Set<String> kept = kept(train);
                IntentBenchmark.Result run = benchmark.run(only(kept, train),
                        only(kept, clinc(json, "val", "oos_val", "oos_train")), only(kept, clinc(json, "test", "oos_test")),
                        OUT_OF_SCOPE);
                result.put("inScopeAccuracy", round(run.inScopeAccuracy()));
                result.put("oosRecall", round(run.oosRecall()));
                result.put("threshold", round(run.threshold()));
                result.put("validationInScopeAccuracy", round(run.validationInScopeAccuracy()));
                result.put("validationOosRecall", round(run.validationOosRecall()));
                result.put("trainSeconds", round(run.trainSeconds()));
                result.put("medianMicrosPerQuery", round(run.medianMicrosPerQuery()));
            }
            case "banking77" -> {
                if (!Files.isRegularFile(data.resolve("train.csv")) || !Files.isRegularFile(data.resolve("test.csv"))) {
                    return TandemCli.misuse(spec, data + ": expected a directory with BANKING77's train.csv and test.csv");
                }
                // No out-of-scope class, so no threshold to choose: the whole of train is trained on, as in
                // the data set's paper, and nothing is held out for validation.
                List<IntentBenchmark.Example> train = banking(data.resolve("train.csv"));
                Set<String> kept = kept(train);
                IntentBenchmark.Result run = benchmark.run(only(kept, train), List.of(),
                        only(kept, banking(data.resolve("test.csv"))), OUT_OF_SCOPE);
                result.put("accuracy", round(run.inScopeAccuracy()));
                result.put("trainSeconds", round(run.trainSeconds()));
                result.put("medianMicrosPerQuery", round(run.medianMicrosPerQuery()));
            }
            default -> {
                return TandemCli.misuse(spec, "dataset must be clinc150 or banking77");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonMapper.builder().build().writeValueAsString(result));
        out.flush();
        return 0;
    }

    /** The intents {@code --intents} keeps: all, or the first N in alphabetical order. */
    private Set<String> kept(List<IntentBenchmark.Example> train) {
        TreeSet<String> all = train.stream().map(IntentBenchmark.Example::intent).filter(intent -> !intent.equals(OUT_OF_SCOPE))
                .collect(Collectors.toCollection(TreeSet::new));
        return intents == null ? all : all.stream().limit(intents).collect(Collectors.toSet());
    }

    private static List<IntentBenchmark.Example> only(Set<String> intents, List<IntentBenchmark.Example> examples) {
        return examples.stream().filter(example -> example.intent().equals(OUT_OF_SCOPE) || intents.contains(example.intent()))
                .toList();
    }

    private static List<IntentBenchmark.Example> clinc(JsonNode json, String... splits) {
        List<IntentBenchmark.Example> examples = new ArrayList<>();
        for (String name : splits) {
            for (JsonNode pair : json.path(name)) {
                examples.add(new IntentBenchmark.Example(pair.get(0).asString(), pair.get(1).asString()));
            }
        }
        return examples;
    }

    private static List<IntentBenchmark.Example> banking(Path csv) throws Exception {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<IntentBenchmark.Example> examples = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema).readValues(csv.toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                examples.add(new IntentBenchmark.Example(row.get("text"), row.get("category")));
            }
        }
        return examples;
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10_000) / 10_000.0;
    }
}

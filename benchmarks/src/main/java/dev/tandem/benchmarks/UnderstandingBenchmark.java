package dev.tandem.benchmarks;

import dev.tandem.intents.Language;
import dev.tandem.intents.classify.IntentPrediction;
import dev.tandem.intents.language.LanguageGuess;
import dev.tandem.kb.FaqHit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-message cost of understanding a shopper: language detection, intent classification, FAQ search.
 * Sample mode reports percentiles; the targets (issues #3, #4) are on the median (p0.50).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class UnderstandingBenchmark {

    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"})
    int message;

    String text;
    Language language;

    @Setup
    public void pick() {
        language = Language.fromCode(DemoShopState.MESSAGES[message][0]).orElseThrow();
        text = DemoShopState.MESSAGES[message][1];
    }

    @Benchmark
    public LanguageGuess detectLanguage(DemoShopState shop) {
        return shop.knowledge.languageDetector().detect(text);
    }

    @Benchmark
    public IntentPrediction classifyIntent(DemoShopState shop) {
        return shop.knowledge.intentClassifier().classify(text, language);
    }

    @Benchmark
    public List<FaqHit> searchFaq(DemoShopState shop) {
        return shop.knowledge.faq().search(language.code(), text, 3);
    }
}

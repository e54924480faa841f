package dev.tandem.intents.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP quasi-Newton maxent model's parameters read out once into flat arrays, evaluated over predicate
 * ids instead of predicate strings. OpenNLP looks every predicate of a message up in a {@code HashMap<String,
 * Context>} and follows two more pointers per hit; under load those look-ups miss the CPU caches. The
 * arithmetic is OpenNLP 2.5's {@code QNModel.eval} step by step (the predicates' weights summed per outcome in
 * the message's order, then {@code ArrayMath.logSumOfExps} with {@link StrictMath}), so the posteriors are the
 * same to the last bit; {@code FastPathIdentityTest} compares them with OpenNLP's own.
 */
final class FlatMaxent {

    private final String[] outcomes;
    private final String[] predicates;
    /** Predicate {@code p}'s weights are {@code weights[start[p] .. start[p + 1])}, for the outcomes {@code outcomeOf}. */
    private final int[] start;
    private final int[] outcomeOf;
    private final double[] weights;

    FlatMaxent(MaxentModel model) {
        if (!(model instanceof QNModel qn) || !(qn.getDataStructures()[1] instanceof Map<?, ?> predicateMap)) {
            throw new IllegalArgumentException("not an OpenNLP 2.5 quasi-Newton maxent model: " + model.getClass());
        }
        Object[] data = qn.getDataStructures();
        outcomes = ((String[]) data[2]).clone();
        predicates = new String[predicateMap.size()];
        start = new int[predicates.length + 1];
        List<Context> contexts = new ArrayList<>(predicates.length);
        int total = 0;
        int p = 0;
        for (Map.Entry<?, ?> entry : predicateMap.entrySet()) {
            Context context = (Context) entry.getValue();
            predicates[p] = (String) entry.getKey();
            contexts.add(context);
            start[p] = total;
            total += context.getOutcomes().length;
            p++;
        }
        start[predicates.length] = total;
        outcomeOf = new int[total];
        weights = new double[total];
        for (p = 0; p < predicates.length; p++) {
            Context context = contexts.get(p);
            System.arraycopy(context.getOutcomes(), 0, outcomeOf, start[p], context.getOutcomes().length);
            System.arraycopy(context.getParameters(), 0, weights, start[p], context.getParameters().length);
        }
    }

    /** The outcomes (intents) in the model's order, the order of {@link #posteriors}. */
    String[] outcomes() {
        return outcomes.clone();
    }

    /** The predicate names; a predicate's id is its index here. */
    String[] predicates() {
        return predicates.clone();
    }

    /**
     * Fills {@code posteriors} (one per outcome) for a message with these predicate ids, in the order the
     * feature generators produced them, repeats included; ids outside {@code [0, predicates)} are features
     * the model does not know and are skipped, as OpenNLP skips them.
     */
    void posteriors(int[] ids, int count, double[] posteriors) {
        Arrays.fill(posteriors, 0, outcomes.length, 0.0);
        for (int i = 0; i < count; i++) {
            int id = ids[i];
            if (id < 0 || id >= predicates.length) {
                continue;
            }
            for (int j = start[id]; j < start[id + 1]; j++) {
                // OpenNLP multiplies by the feature's value, 1.0, which changes nothing.
                posteriors[outcomeOf[j]] += weights[j];
            }
        }
        int best = 0;
        for (int o = 1; o < outcomes.length; o++) {
            if (posteriors[best] < posteriors[o]) {
                best = o;
            }
        }
        double max = posteriors[best];
        double sum = 0.0;
        for (int o = 0; o < outcomes.length; o++) {
            if (posteriors[o] != Double.NEGATIVE_INFINITY) {
                sum += StrictMath.exp(posteriors[o] - max);
            }
        }
        double logSumOfExps = max + StrictMath.log(sum);
        for (int o = 0; o < outcomes.length; o++) {
            posteriors[o] = StrictMath.exp(posteriors[o] - logSumOfExps);
        }
    }
}

package dev.tandem.intents.classify;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP quasi-Newton maxent model's parameters read out once into arrays indexed by predicate id, evaluated
 * over ids instead of predicate strings. OpenNLP looks every predicate of a message up in a {@code HashMap<String,
 * Context>} and follows two more pointers per hit; under load those look-ups miss the CPU caches. The
 * arithmetic is OpenNLP 2.5's {@code QNModel.eval} step by step (the predicates' weights summed per outcome in
 * the message's order, then {@code ArrayMath.logSumOfExps} with {@link StrictMath}), so the posteriors are the
 * same to the last bit; {@code FastPathIdentityTest} compares them with OpenNLP's own.
 */
final class FlatMaxent {

    private final String[] outcomes;
    private final String[] predicates;
    /**
     * Predicate {@code p}'s weights, for the outcomes {@code outcomeOf[p]}, or for every outcome in order when that
     * is {@code null} (the quasi-Newton trainer's usual layout). The arrays are the model's own, shared, not
     * copied: a CLINC150 model's weights run to a hundred megabytes.
     */
    private final double[][] weights;
    private final int[][] outcomeOf;

    FlatMaxent(MaxentModel model) {
        if (!(model instanceof QNModel qn) || !(qn.getDataStructures()[1] instanceof Map<?, ?> predicateMap)) {
            throw new IllegalArgumentException("not an OpenNLP 2.5 quasi-Newton maxent model: " + model.getClass());
        }
        Object[] data = qn.getDataStructures();
        outcomes = ((String[]) data[2]).clone();
        predicates = new String[predicateMap.size()];
        weights = new double[predicates.length][];
        outcomeOf = new int[predicates.length][];
        int p = 0;
        for (Map.Entry<?, ?> entry : predicateMap.entrySet()) {
            Context context = (Context) entry.getValue();
            predicates[p] = (String) entry.getKey();
            weights[p] = context.getParameters();
            outcomeOf[p] = isEveryOutcomeInOrder(context.getOutcomes()) ? null : context.getOutcomes();
            p++;
        }
    }

    private boolean isEveryOutcomeInOrder(int[] outcomesOfContext) {
        if (outcomesOfContext.length != outcomes.length) {
            return false;
        }
        for (int o = 0; o < outcomesOfContext.length; o++) {
            if (outcomesOfContext[o] != o) {
                return false;
            }
        }
        return true;
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
            // OpenNLP multiplies each weight by the feature's value, 1.0, which changes nothing.
            double[] predicateWeights = weights[id];
            int[] outcomesOfPredicate = outcomeOf[id];
            if (outcomesOfPredicate == null) {
                for (int o = 0; o < predicateWeights.length; o++) {
                    posteriors[o] += predicateWeights[o];
                }
            } else {
                for (int j = 0; j < predicateWeights.length; j++) {
                    posteriors[outcomesOfPredicate[j]] += predicateWeights[j];
                }
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

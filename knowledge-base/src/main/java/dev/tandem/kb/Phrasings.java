package dev.tandem.kb;

import java.util.List;

/**
 * More ways shoppers ask for what an intent means, e.g. the examples of the shop's intent files. An entry
 * that names the intent is indexed with them, so the FAQ search knows the phrasings the classifier learnt.
 */
@FunctionalInterface
public interface Phrasings {

    Phrasings NONE = (language, intent) -> List.of();

    List<String> of(String language, String intent);
}

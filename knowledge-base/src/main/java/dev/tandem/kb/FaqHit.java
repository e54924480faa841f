package dev.tandem.kb;

/** A search result: the entry and a calibrated score in [0, 1] (1 = certainly this entry). */
public record FaqHit(FaqEntry entry, double score) {
}

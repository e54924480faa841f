package dev.tandem.adapters.orders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The carriers Lumo ships with, by the names shop plugins use for them ({@code inpost}, {@code dpd},
 * {@code nova-poshta}, …): their display name and public tracking page, for backends that store only a
 * tracking number.
 */
final class CarrierTracking {

    private record Carrier(String name, String trackingUrl) {
    }

    private static final Map<String, Carrier> CARRIERS = Map.of(
            "inpost", new Carrier("InPost", "https://inpost.pl/sledzenie-przesylek?number="),
            "dpd", new Carrier("DPD", "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1="),
            "dpdpl", new Carrier("DPD", "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1="),
            "dpdpoland", new Carrier("DPD", "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1="),
            "novaposhta", new Carrier("Nova Poshta", "https://novaposhta.ua/tracking/?cargo_number="),
            "novapost", new Carrier("Nova Poshta", "https://novaposhta.ua/tracking/?cargo_number="));

    private CarrierTracking() {
    }

    /** "InPost" for {@code inpost}, {@code InPost} or {@code in-post}; the given name for a carrier we do not know. */
    static String displayName(String carrier) {
        return known(carrier).map(Carrier::name).orElse(carrier.strip());
    }

    /** The carrier's public tracking page for this parcel; empty for a carrier we do not know, or without both. */
    static Optional<String> trackingUrl(Optional<String> carrier, Optional<String> trackingNumber) {
        return carrier.flatMap(CarrierTracking::known).flatMap(known -> trackingNumber
                .map(number -> known.trackingUrl() + URLEncoder.encode(number, StandardCharsets.UTF_8)));
    }

    private static Optional<Carrier> known(String carrier) {
        String key = carrier.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return Optional.ofNullable(CARRIERS.get(key));
    }
}

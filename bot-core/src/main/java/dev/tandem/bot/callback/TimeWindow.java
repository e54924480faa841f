package dev.tandem.bot.callback;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When the shopper would like to be called, in the shop's working day. */
public enum TimeWindow {
    ANY_TIME, MORNING, AFTERNOON, EVENING;

    /** As the API names it: {@code any-time}, {@code morning}, {@code afternoon}, {@code evening}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TimeWindow fromApi(String typed) {
        String name = typed == null ? "" : typed.strip();
        return Arrays.stream(values()).filter(window -> window.apiName().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidCallbackException("window must be one of " + Arrays.stream(values())
                        .map(TimeWindow::apiName).collect(Collectors.joining(", "))));
    }
}

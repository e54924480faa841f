package dev.tandem.adapters.editor.writing;

import dev.tandem.adapters.error.ApiException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * How every endpoint that writes content answers: {@code 200}/{@code 201} with the new versions and a revision
 * ({@code ?wait=true}: only once the live bot serves it); {@code 422} with every {@code file:line: reason} when the
 * lint refuses it; {@code 409} when the file changed meanwhile or git is mid-merge; an {@link InvalidEdit} as a
 * {@code 400}, {@code 404} or {@code 409}.
 */
public final class SaveResponses {

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(3);

    private final ContentEditing content;

    public SaveResponses(ContentEditing content) {
        this.content = content;
    }

    /** Runs the save off the event loop and answers with its outcome. */
    public Mono<ResponseEntity<Object>> saved(Callable<SaveOutcome> save, boolean wait, HttpStatus created) {
        return blocking(save).flatMap(outcome -> answer(outcome, wait, created));
    }

    /** Runs blocking content work off the event loop; an {@link InvalidEdit} becomes a clear 4xx. */
    public static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic()).onErrorMap(InvalidEdit.class,
                SaveResponses::asApiError);
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidEdit("missing_" + field, "'" + field + "' is required");
        }
        return value;
    }

    private Mono<ResponseEntity<Object>> answer(SaveOutcome outcome, boolean wait, HttpStatus created) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return wait
                    ? Mono.fromFuture(content.whenServed(saved.revision())).timeout(LONGEST_WAIT)
                            .map(live -> ResponseEntity.status(created).body((Object) savedBody(saved, live)))
                    : Mono.just(ResponseEntity.status(created).body((Object) savedBody(saved, content.live())));
        }
        if (outcome instanceof SaveOutcome.Invalid invalid) {
            return Mono.just(ResponseEntity.unprocessableContent().body((Object) Map.of(
                    "error", "invalid_content", "message", "the save was refused and nothing was written: "
                            + String.join("; ", invalid.problems()), "problems", invalid.problems())));
        }
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            return Mono.just(ResponseEntity.status(HttpStatus.CONFLICT).body((Object) Map.of(
                    "error", "changed_meanwhile", "message", conflict.message(), "path", conflict.path(),
                    "changedBy", conflict.changedBy(), "changedAt", conflict.changedAt(),
                    "currentVersion", conflict.currentVersion())));
        }
        SaveOutcome.RepositoryBusy busy = (SaveOutcome.RepositoryBusy) outcome;
        return Mono.just(ResponseEntity.status(HttpStatus.CONFLICT).body((Object) Map.of(
                "error", "repository_busy", "message", busy.message())));
    }

    private static Map<String, Object> savedBody(SaveOutcome.Saved saved, ContentEditing.LiveStatus live) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", saved.revision());
        body.put("versions", saved.versions());
        body.put("served", live.servedRevision() >= saved.revision());
        body.put("servedAt", live.servedRevision() >= saved.revision() ? live.servedAt() : null);
        return body;
    }

    private static ApiException asApiError(InvalidEdit invalid) {
        HttpStatus status = invalid instanceof FaqEntries.DuplicateId || invalid instanceof FaqEntries.EntryInUse
                ? HttpStatus.CONFLICT
                : invalid instanceof FaqEntries.UnknownEntry ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return new ApiException(status, invalid.error(), invalid.getMessage());
    }
}

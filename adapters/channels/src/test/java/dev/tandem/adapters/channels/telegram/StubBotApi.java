package dev.tandem.adapters.channels.telegram;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.awaitility.core.ConditionFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stub of the Telegram Bot API (MockWebServer): records every call with its JSON body and answers
 * like Telegram does (the payloads under src/test/resources/telegram). Chats can be made to fail (500), and
 * single answers queued ahead (a 429 with retry_after).
 */
final class StubBotApi implements AutoCloseable {

    static final String TOKEN = "123456789:AAF-test_Token";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One call Tandem made: the Bot API method and its JSON body. */
    record Call(String method, Map<String, Object> body) {

        long chatId() {
            return body.get("chat_id") instanceof Number id ? id.longValue() : -1;
        }

        String text() {
            return (String) body.get("text");
        }

        /** The inline keyboard's buttons, row by row flattened: each as {text, callback_data}. */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> buttons() {
            if (!(body.get("reply_markup") instanceof Map<?, ?> markup)) {
                return List.of();
            }
            List<Map<String, Object>> buttons = new ArrayList<>();
            ((List<List<Map<String, Object>>>) markup.get("inline_keyboard")).forEach(buttons::addAll);
            return buttons;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<Long> failingChats = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<MockResponse> queued = new ConcurrentLinkedQueue<>();
    /** Files the shoppers sent, by file id: getFile names them, {@code /file/bot<token>/<path>} serves them. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    StubBotApi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create(server.url("/").toString());
    }

    /** Every sendMessage to the chat answers 500 until {@link #recover(long)}. */
    void failSendsTo(long chatId) {
        failingChats.add(chatId);
    }

    void recover(long chatId) {
        failingChats.remove(chatId);
    }

    /** The next call gets this answer instead of the usual one. */
    void answerNext(int code, String resource) {
        queued.add(json(code, resource(resource)));
    }

    /** A file a shopper sent, as Telegram keeps it: getFile answers its path, the file URL its bytes. */
    void keepFile(String fileId, byte[] content) {
        files.put(fileId, content);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> sentTo(long chatId) {
        return calls.stream().filter(call -> call.method().equals("sendMessage") && call.chatId() == chatId).toList();
    }

    /** Waits until a sendMessage to the chat matches; returns it. */
    Call awaitSent(long chatId, String what, Predicate<Call> matching) {
        return firstCall(what + " sent to chat " + chatId, () -> sentTo(chatId), matching);
    }

    Call awaitCall(String method, Predicate<Call> matching) {
        return firstCall(method, () -> calls().stream().filter(call -> call.method().equals(method)).toList(),
                matching);
    }

    /** Waits until the chat has received exactly {@code count} sendMessage calls, and no more for a moment. */
    List<Call> awaitSentCount(long chatId, int count) {
        waiting(count + " calls to chat " + chatId).until(() -> sentTo(chatId), sent -> sent.size() >= count);
        sleep(Duration.ofMillis(300));
        return sentTo(chatId);
    }

    /** The first of the calls that matches, once there is one; a time-out shows the calls there were. */
    private static Call firstCall(String what, Callable<List<Call>> calls, Predicate<Call> matching) {
        return waiting(what).until(calls, seen -> seen.stream().anyMatch(matching))
                .stream().filter(matching).findFirst().orElseThrow();
    }

    private static ConditionFactory waiting(String what) {
        return await("the stub Bot API got " + what).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String prefix = "/bot" + TOKEN + "/";
        String filePrefix = "/file/bot" + TOKEN + "/files/";
        if (path.startsWith(filePrefix) && files.containsKey(path.substring(filePrefix.length()))) {
            calls.add(new Call("file", Map.of("file_id", path.substring(filePrefix.length()))));
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/octet-stream")
                    .body(new okio.Buffer().write(files.get(path.substring(filePrefix.length())))).build();
        }
        if (!path.startsWith(prefix)) {
            return json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        }
        String method = path.substring(prefix.length());
        Map<String, Object> body = parse(request.getBody() == null ? "{}" : request.getBody().utf8());
        Call call = new Call(method, body);
        calls.add(call);
        MockResponse next = queued.poll();
        if (next != null) {
            return next;
        }
        if (method.equals("sendMessage") && failingChats.contains(call.chatId())) {
            return json(500, resource("error-500.json"));
        }
        if (method.equals("getFile")) {
            String fileId = String.valueOf(body.get("file_id"));
            return files.containsKey(fileId)
                    ? json(200, "{\"ok\":true,\"result\":{\"file_id\":\"" + fileId + "\",\"file_path\":\"files/" + fileId + "\"}}")
                    : json(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
        }
        return json(200, method.equals("sendMessage") ? resource("send-message-ok.json") : "{\"ok\":true,\"result\":true}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String body) {
        return JSON.readValue(body, Map.class);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static String resource(String name) {
        try (InputStream in = StubBotApi.class.getResourceAsStream("/telegram/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /telegram/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

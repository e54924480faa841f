package dev.tandem.adapters.error;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.util.MimeType;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON request bodies must be UTF-8 as the standard defines it. Jackson's parser decodes some invalid sequences
 * instead of refusing them: an overlong {@code C0 AF} became {@code /}, {@code C0 80} a NUL, {@code ED A0 80} a
 * lone surrogate. Every body is checked with the JDK's strict decoder first; a body that is not UTF-8 is a
 * decoding failure, answered {@code 400} by {@link ApiErrorHandler}.
 */
@Configuration(proxyBeanMethods = false)
public class StrictUtf8Json {

    /** After Spring Boot's own Jackson customizer, so this decoder is the one in use. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    CodecCustomizer strictUtf8JsonDecoder(JsonMapper mapper) {
        return configurer -> configurer.defaultCodecs().jacksonJsonDecoder(new Decoder(mapper));
    }

    static final class Decoder extends JacksonJsonDecoder {

        Decoder(JsonMapper mapper) {
            super(mapper);
        }

        @Override
        public Object decode(DataBuffer body, ResolvableType targetType, MimeType mimeType, Map<String, Object> hints) {
            if (!isUtf8(body)) {
                DataBufferUtils.release(body);
                throw new DecodingException("the request body is not UTF-8");
            }
            return super.decode(body, targetType, mimeType, hints);
        }

        private static boolean isUtf8(DataBuffer body) {
            byte[] bytes = new byte[body.readableByteCount()];
            int position = body.readPosition();
            body.read(bytes);
            body.readPosition(position);
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                return true;
            } catch (CharacterCodingException notUtf8) {
                return false;
            }
        }
    }
}

package dev.tandem.adapters.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The v1 HTTP API described for client generators ({@code /v3/api-docs}, the page {@code /swagger-ui.html}):
 * springdoc reads the controllers; this adds what it cannot see: who may call what (the conversation's bearer
 * token for shoppers; HTTP Basic or the pages' session for staff, as SecurityConfiguration decides) and the
 * error format every 4xx answer has. Readable by anyone: the API is open source and documented anyway.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String SHOPPER_TOKEN = "shopperToken";
    static final String STAFF_BASIC = "staffBasic";
    static final String STAFF_SESSION = "staffSession";
    static final String ERROR = "Error";

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .info(new Info().title("Tandem API").version("v1")
                        .description("The shopper chat, the agent desk, the knowledge base, analytics and admin calls. "
                                + "Errors answer 4xx with {\"error\": code, \"message\": text}.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(SHOPPER_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("The conversation's token from POST /api/v1/conversations"))
                        .addSecuritySchemes(STAFF_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("An agent, editor or admin account (tandem.users)"))
                        .addSecuritySchemes(STAFF_SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("The pages' session after signing in at /login; state-changing calls "
                                        + "also send X-XSRF-TOKEN")));
    }

    /**
     * Each operation: who may call it, and the error answer. The error schema is added here, beside the
     * references to it: springdoc drops schemas nothing references before customizers run.
     */
    @Bean
    OpenApiCustomizer securityAndErrors() {
        return api -> {
            api.getComponents().addSchemas(ERROR, new ObjectSchema()
                    .addProperty("error", new StringSchema().example("not_found"))
                    .addProperty("message", new StringSchema().example("no conversation with this id"))
                    .required(List.of("error", "message")));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                security(path).ifPresent(operation::addSecurityItem);
                staffSession(path).ifPresent(operation::addSecurityItem);
                errorAnswer(operation);
            }));
        };
    }

    private static Optional<SecurityRequirement> security(String path) {
        if (path.startsWith("/api/v1/conversations/")) {
            return Optional.of(new SecurityRequirement().addList(SHOPPER_TOKEN));
        }
        return path.equals("/api/v1/conversations") ? Optional.empty()
                : Optional.of(new SecurityRequirement().addList(STAFF_BASIC));
    }

    private static Optional<SecurityRequirement> staffSession(String path) {
        return path.startsWith("/api/v1/conversations") ? Optional.empty()
                : Optional.of(new SecurityRequirement().addList(STAFF_SESSION));
    }

    private static void errorAnswer(Operation operation) {
        Schema<?> error = new Schema<>().$ref("#/components/schemas/" + ERROR);
        operation.getResponses().addApiResponse("4XX", new ApiResponse()
                .description("The request cannot be served as sent: {\"error\", \"message\"}")
                .content(new Content().addMediaType("application/json", new MediaType().schema(error))));
    }
}

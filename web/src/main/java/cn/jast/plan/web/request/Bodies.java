package cn.jast.plan.web.request;

import java.util.function.Function;

import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.web.refusal.InvalidInput;

/**
 * Reads a request body with one of the domain's strict readers ({@code ApplicationJson},
 * {@code SocietyJson}, {@code CheckRequest}): the resources read JSON, the services take what was read.
 * A body the reader refuses is an {@link InvalidInput} naming every bad field (400).
 */
public final class Bodies {

    private Bodies() {
    }

    /**
     * @param what   what the body is, for the detail: "application", "check request", ...
     * @param body   the body as sent (null: empty)
     * @param reader the domain's reader, e.g. {@code json -> ApplicationJson.read(json, plan)}
     */
    public static <T> T read(String what, String body, Function<String, T> reader) {
        try {
            return reader.apply(body == null ? "" : body);
        } catch (InvalidInputException e) {
            throw InvalidInput.document(what, e);
        }
    }
}

package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.exchange.ApplicationJson;
import jakarta.persistence.AttributeConverter;

/**
 * An application's content as its canonical JSON: the text the fingerprint is computed from, so
 * what is stored is exactly what was fingerprinted. The content is category-specific (an event, a
 * journal, an award, a served unit ...): one JSON column holds every category's shape, where
 * columns would be mostly empty and grow with each plan year.
 */
public final class ApplicationContentConverter implements AttributeConverter<ApplicationContent, String> {
    @Override
    public String convertToDatabaseColumn(ApplicationContent content) {
        return content == null ? null : ApplicationJson.canonical(content);
    }

    @Override
    public ApplicationContent convertToEntityAttribute(String json) {
        return json == null ? null : ApplicationJson.read(json);
    }
}

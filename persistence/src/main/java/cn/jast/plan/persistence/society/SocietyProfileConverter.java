package cn.jast.plan.persistence.society;

import cn.jast.plan.domain.exchange.SocietyJson;
import cn.jast.plan.domain.society.SocietyProfile;
import jakarta.persistence.AttributeConverter;

/**
 * A society's profile as its canonical JSON (the API's {@code society} shape). The profile is a
 * record of nested lists and records that the rules read as a whole; a table per list would buy
 * nothing but joins, and JPA 3.1 cannot map records as embeddables.
 */
public final class SocietyProfileConverter implements AttributeConverter<SocietyProfile, String> {
    @Override
    public String convertToDatabaseColumn(SocietyProfile profile) {
        return profile == null ? null : SocietyJson.canonical(profile);
    }

    @Override
    public SocietyProfile convertToEntityAttribute(String json) {
        return json == null ? null : SocietyJson.read(json, null);
    }
}

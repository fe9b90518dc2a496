package org.trustwork.base.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Applied to every text column: whatever a form, an import or a hostile client sends, what reaches the
 * database is storable text (see {@link Text#storable}).
 */
@Converter(autoApply = true)
public class StorableTextConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return Text.storable(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return dbData;
    }
}

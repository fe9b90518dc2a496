package org.trustwork.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.trustwork.base.domain.AbstractEntity;

/** The database's record of an instrument from seeds/measures, so answers can point at it. */
@Entity
@Table(name = "measure")
class Measure extends AbstractEntity {

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "definition_hash", nullable = false, length = 64)
    private String definitionHash;

    protected Measure() {
    }

    Measure(String code) {
        this.code = code;
    }

    /** Takes the seed's name and fingerprint; true when anything changed. */
    boolean apply(String name, String hash) {
        if (name.equals(this.name) && hash.equals(definitionHash)) {
            return false;
        }
        this.name = name;
        this.definitionHash = hash;
        return true;
    }

    String getCode() {
        return code;
    }
}

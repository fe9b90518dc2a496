package org.trustwork.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One question of a practice for the session, with the partner it is put to. */
@Embeddable
public class PracticePrompt {

    @Column(name = "prompt_text", nullable = false, length = 300)
    private String text;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "addressee", nullable = false, length = 20)
    private Addressee addressee;

    protected PracticePrompt() {
    }

    PracticePrompt(Addressee addressee, String text) {
        this.addressee = addressee;
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public Addressee getAddressee() {
        return addressee;
    }

    PracticeInfo.Prompt toInfo() {
        return new PracticeInfo.Prompt(addressee, text);
    }
}

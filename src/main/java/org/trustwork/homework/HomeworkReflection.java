package org.trustwork.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/** A partner's few lines and ratings after doing a piece of homework; its author decides who may read it. */
@Entity
@Table(name = "homework_reflection")
public class HomeworkReflection extends AbstractEntity {

    public static final int BODY_MAX = 4000;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "body", length = BODY_MAX)
    private String body;

    @Column(name = "difficulty", nullable = false)
    private int difficulty;

    @Column(name = "helpfulness", nullable = false)
    private int helpfulness;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "visibility", nullable = false, length = 30)
    private ReflectionVisibility visibility;

    protected HomeworkReflection() {
    }

    HomeworkReflection(long occurrenceId, long authorId) {
        this.occurrenceId = occurrenceId;
        this.authorId = authorId;
    }

    void write(String body, int difficulty, int helpfulness, ReflectionVisibility visibility) {
        this.body = body;
        this.difficulty = difficulty;
        this.helpfulness = helpfulness;
        this.visibility = visibility;
    }

    public long getOccurrenceId() {
        return occurrenceId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public int getDifficulty() {
        return difficulty;
    }

    public int getHelpfulness() {
        return helpfulness;
    }

    public ReflectionVisibility getVisibility() {
        return visibility;
    }
}

package org.trustwork.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/**
 * The other side of a practice log: how a done occurrence landed for the partner who did not do it. The author
 * decides whether the partner who did it may read it; the therapist always may.
 */
@Entity
@Table(name = "homework_landing")
public class HomeworkLanding extends AbstractEntity {

    public static final int NOTE_MAX = 1000;

    @Column(name = "occurrence_id", nullable = false, updatable = false)
    private long occurrenceId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "landed", nullable = false, length = 20)
    private HowItLanded landed;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "shared_with_doer", nullable = false)
    private boolean sharedWithDoer;

    protected HomeworkLanding() {
    }

    HomeworkLanding(long occurrenceId, long authorId) {
        this.occurrenceId = occurrenceId;
        this.authorId = authorId;
    }

    void answer(HowItLanded landed, String note, boolean sharedWithDoer) {
        this.landed = landed;
        this.note = note;
        this.sharedWithDoer = sharedWithDoer;
    }

    public long getOccurrenceId() {
        return occurrenceId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public HowItLanded getLanded() {
        return landed;
    }

    public String getNote() {
        return note;
    }

    public boolean isSharedWithDoer() {
        return sharedWithDoer;
    }
}

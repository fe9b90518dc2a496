package org.trustwork.recovery;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The form for logging a marker; {@code keepPrivate} only means something when a partner logs it. */
public class NewMarker {

    @NotNull(message = "Choose what happened")
    private MarkerKind kind;

    @NotNull(message = "Choose the day")
    private LocalDate day;

    @Size(max = RecoveryMarker.NOTE_MAX, message = "At most " + RecoveryMarker.NOTE_MAX + " characters")
    private String note;

    private boolean keepPrivate;

    public MarkerKind getKind() {
        return kind;
    }

    public void setKind(MarkerKind kind) {
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isKeepPrivate() {
        return keepPrivate;
    }

    public void setKeepPrivate(boolean keepPrivate) {
        this.keepPrivate = keepPrivate;
    }

    public static final int NOTE_MAX = RecoveryMarker.NOTE_MAX;
}

package org.trustwork.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A practice's default between-session exercise; a therapist starts from it when assigning homework. */
@Embeddable
public class HomeworkTemplate {

    @Column(name = "homework_title", nullable = false, length = 120)
    private String title;

    @Column(name = "homework_instructions", nullable = false, length = 2000)
    private String instructions;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "homework_cadence", nullable = false, length = 10)
    private Cadence cadence;

    @Column(name = "homework_times_per_week", nullable = false)
    private int timesPerWeek;

    @Column(name = "homework_minutes", nullable = false)
    private int minutes;

    protected HomeworkTemplate() {
    }

    HomeworkTemplate(String title, String instructions, Cadence cadence, int timesPerWeek, int minutes) {
        this.title = title;
        this.instructions = instructions;
        this.cadence = cadence;
        this.timesPerWeek = timesPerWeek;
        this.minutes = minutes;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public int getTimesPerWeek() {
        return timesPerWeek;
    }

    public int getMinutes() {
        return minutes;
    }

    boolean sameAs(HomeworkTemplate other) {
        return title.equals(other.title) && instructions.equals(other.instructions) && cadence == other.cadence
                && timesPerWeek == other.timesPerWeek && minutes == other.minutes;
    }
}

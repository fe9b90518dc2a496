package org.trustwork.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.trustwork.base.domain.AbstractEntity;

/** A therapist's reusable agenda, e.g. "Standard 50-minute session". */
@Entity
@Table(name = "agenda_template")
public class AgendaTemplate extends AbstractEntity {

    public static final int NAME_MAX = 100;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @ElementCollection
    @CollectionTable(name = "agenda_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "sort_order")
    private List<Step> steps = new ArrayList<>();

    protected AgendaTemplate() {
    }

    AgendaTemplate(long therapistId, String name, List<Step> steps) {
        this.therapistId = therapistId;
        this.name = name;
        this.steps.addAll(steps);
    }

    public long getTherapistId() {
        return therapistId;
    }

    public String getName() {
        return name;
    }

    public List<Step> getSteps() {
        return steps;
    }

    @Embeddable
    public static class Step {

        @Column(name = "practice_id")
        private Long practiceId;

        @Column(name = "title", nullable = false, length = AgendaItem.TITLE_MAX)
        private String title;

        @Column(name = "time_box_minutes", nullable = false)
        private int timeBoxMinutes;

        protected Step() {
        }

        Step(Long practiceId, String title, int timeBoxMinutes) {
            this.practiceId = practiceId;
            this.title = title;
            this.timeBoxMinutes = timeBoxMinutes;
        }

        public Long getPracticeId() {
            return practiceId;
        }

        public String getTitle() {
            return title;
        }

        public int getTimeBoxMinutes() {
            return timeBoxMinutes;
        }
    }
}

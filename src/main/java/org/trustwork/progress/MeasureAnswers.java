package org.trustwork.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/** What a partner fills in: a position for each item, an optional sentence, and whether the other partner may see it. */
public class MeasureAnswers {

    public static final int NOTE_MAX = 280;

    @NotNull
    private Map<String, Integer> positions = new HashMap<>();

    @Size(max = NOTE_MAX, message = "Please keep it to " + NOTE_MAX + " characters")
    private String note;

    private boolean shared;

    public Map<String, Integer> getPositions() {
        return positions;
    }

    public void setPositions(Map<String, Integer> positions) {
        this.positions = positions;
    }

    public Integer get(String key) {
        return positions.get(key);
    }

    public void set(String key, Integer position) {
        if (position == null) {
            positions.remove(key);
        } else {
            positions.put(key, position);
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}

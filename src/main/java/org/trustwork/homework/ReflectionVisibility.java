package org.trustwork.homework;

/** Who may read a partner's reflection. The therapist always may; the other partner only when invited. */
public enum ReflectionVisibility {
    THERAPIST_ONLY("Only my therapist"),
    THERAPIST_AND_PARTNER("My therapist and my partner");

    private final String label;

    ReflectionVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.trustwork.homework;

/** The other partner's plain answer to "how did it land for you?": three choices, none of them a verdict. */
public enum HowItLanded {
    LANDED("It landed well"),
    PARTLY("It partly landed"),
    DID_NOT_LAND("It didn't land for me");

    private final String label;

    HowItLanded(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

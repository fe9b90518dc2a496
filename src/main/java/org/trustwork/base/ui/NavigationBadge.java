package org.trustwork.base.ui;

/**
 * A count next to one entry of the side navigation, such as questionnaires waiting to be answered. Features
 * contribute them as beans, so the frame needs to know none of them.
 */
public interface NavigationBadge {

    /** The entry's route, as in its {@code @Route}, without a leading slash. */
    String path();

    /** How many things wait for the signed-in user; 0 shows no badge. Asked on every navigation. */
    int count();

    /** What the count means, for screen readers: "2 questionnaires to answer". */
    String describe(int count);
}

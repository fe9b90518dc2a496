package org.trustwork.practice;

/** Library search: any part may be empty. */
public record PracticeFilter(String text, Phase phase, AsksOf asksOf) {

    public static final PracticeFilter ALL = new PracticeFilter(null, null, null);
}

package org.trustwork.couple;

/** The admin's couple search: text in the couple's, therapist's or a partner's name or e-mail, and one status. */
public record CoupleFilter(String text, CoupleStatus status) {

    public static final CoupleFilter ALL = new CoupleFilter(null, null);
}

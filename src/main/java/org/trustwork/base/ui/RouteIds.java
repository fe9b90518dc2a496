package org.trustwork.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.OptionalLong;

/** Record ids in addresses such as {@code couples/12}: digits only, and a number too large to be one is no id. */
public final class RouteIds {

    private RouteIds() {
    }

    /**
     * The id in the named route parameter, or empty when it is missing or too long for a number (the route's pattern
     * lets any run of digits through; parsing 99999999999999999999 would throw and show the framework's error page).
     */
    public static OptionalLong of(BeforeEnterEvent event, String parameter) {
        String digits = event.getRouteParameters().get(parameter).orElse("");
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}

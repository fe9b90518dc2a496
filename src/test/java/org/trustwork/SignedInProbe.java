package org.trustwork;

import java.security.Principal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plain endpoint for MockMvc tests that need a request through the whole security filter chain while signed in.
 * Under MockMvc every screen's address is forwarded to a Vaadin servlet that MockMvc does not have; this answers
 * itself. (Tests of what a real browser gets run against the app on a port instead.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInProbe {

    public static final String PATH = "/test/signed-in";

    @RestController
    static class Probe {
        @GetMapping(PATH)
        String who(Principal principal) {
            return principal == null ? "" : principal.getName();
        }
    }
}

package org.trustwork.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A browser that leaves mid-request is not an error; a failure on a screen that has closed does not throw again. */
@ExtendWith(OutputCaptureExtension.class)
class FriendlyErrorHandlerTest {

    private final FriendlyErrorHandler handler = new FriendlyErrorHandler();

    @AfterEach
    void noCurrentUi() {
        UI.setCurrent(null);
    }

    @Test
    void a_browser_that_left_mid_request_is_not_logged_as_an_error(CapturedOutput output) {
        UI.setCurrent(new UI());
        var abort = new RuntimeException(new IOException("java.io.IOException: Broken pipe"));
        assertThatCode(() -> handler.error(new ErrorEvent(abort))).doesNotThrowAnyException();
        assertThat(output.getAll()).doesNotContain("Unexpected error in the UI");
    }

    @Test
    void an_unexpected_failure_on_a_screen_that_has_closed_is_logged_once_and_does_not_throw(CapturedOutput output) {
        // a UI without a session: access() refuses it, as it does a UI whose tab has gone
        UI.setCurrent(new UI());
        assertThatCode(() -> handler.error(new ErrorEvent(new IllegalStateException("boom"))))
                .doesNotThrowAnyException();
        assertThat(output.getAll()).contains("Unexpected error in the UI");
    }
}

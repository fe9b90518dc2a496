package org.trustwork.disclosure.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the disclosure screens' text boxes are bound to; the messages are what the person reads under the box. */
public class QuestionForm {

    public static final int TEXT_MAX = 1000;
    public static final int ANSWER_MAX = 4000;
    public static final int REASON_MAX = 500;

    @NotBlank(message = "Write your question first")
    @Size(max = TEXT_MAX, message = "Keep the question to " + TEXT_MAX + " characters or fewer")
    private String text = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The involved partner's answer; may be saved part-written, so only its length is checked. */
    public static class AnswerForm {

        @Size(max = ANSWER_MAX, message = "Keep the answer to " + ANSWER_MAX + " characters or fewer")
        private String text = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** The therapist's suggested rewording; blank takes the suggestion back. */
    public static class RewordForm {

        @Size(max = TEXT_MAX, message = "Keep the rewording to " + TEXT_MAX + " characters or fewer")
        private String text = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public static class ReasonForm {

        @NotBlank(message = "Write the reason for declining")
        @Size(max = REASON_MAX, message = "Keep the reason to " + REASON_MAX + " characters or fewer")
        private String text = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}

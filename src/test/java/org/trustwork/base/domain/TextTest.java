package org.trustwork.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void storable_text_loses_nul_controls_and_lone_surrogates_and_keeps_everything_else() {
        assertThat(Text.storable("a\u0000b\u0007c\u001bd\u007fe\u0085f")).isEqualTo("abcdef");
        assertThat(Text.storable("x\ud800y\udc00z")).isEqualTo("xyz");
        assertThat(Text.storable("tab\there\r\nnext line")).isEqualTo("tab\there\r\nnext line");
        assertThat(Text.storable("💔 é \u202e \u200b <script>")).isEqualTo("💔 é \u202e \u200b <script>");
        assertThat(Text.storable(null)).isNull();
    }

    @Test
    void a_search_needle_matches_wildcards_literally() {
        assertThat(Text.searchNeedle(" 50%_Off\\ ")).isEqualTo("50\\%\\_off\\\\");
        assertThat(Text.searchNeedle("   ")).isEmpty();
    }

    @Test
    void a_search_needle_drops_characters_no_stored_text_can_hold() {
        assertThat(Text.searchNeedle("Ma\u0000ya")).isEqualTo("maya");
    }

    @Test
    void text_made_only_of_spaces_controls_or_invisible_marks_is_not_text() {
        assertThat(Text.hasText(" \t\u0000\u200b\u200d\u2066\u00a0\u3000")).isFalse();
        assertThat(Text.hasText(null)).isFalse();
        assertThat(Text.hasText("\u0000a")).isTrue();
        assertThat(Text.hasText("💔")).isTrue();
    }
}

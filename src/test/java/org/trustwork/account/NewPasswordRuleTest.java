package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewPasswordRuleTest {

    @Test
    void length_counts_characters_as_people_see_them_from_12_to_128() {
        assertThat(NewPasswordRule.problem(null)).contains("at least 12");
        assertThat(NewPasswordRule.problem("eleven char")).contains("at least 12");
        assertThat(NewPasswordRule.problem("twelve chars")).isNull();
        // Twelve emoji are twelve characters, though Java stores them as 24 chars.
        assertThat(NewPasswordRule.problem("🌱".repeat(11))).contains("at least 12");
        assertThat(NewPasswordRule.problem("🌱".repeat(12))).isNull();
        assertThat(NewPasswordRule.problem("x".repeat(128))).isNull();
        assertThat(NewPasswordRule.problem("x".repeat(129))).contains("at most 128");
    }

    @Test
    void no_character_class_rules_only_the_common_list() {
        assertThat(NewPasswordRule.problem("only lower case words here")).isNull();
        assertThat(NewPasswordRule.problem("password1234")).contains("most common");
        assertThat(NewPasswordRule.problem("Password1234")).as("letter case does not help").contains("most common");
        assertThat(NewPasswordRule.problem("qwertyuiop123")).contains("most common");
        assertThat(NewPasswordRule.problem("123456789012")).contains("most common");
        assertThat(NewPasswordRule.problem("iloveyou2024")).contains("most common");
    }
}

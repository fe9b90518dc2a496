package org.trustwork;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/palette.css")
@StyleSheet("styles/trustwork.css")
@Push
public class Application implements AppShellConfigurator {

    /** Added to the home screen, Trustwork opens like an app (on My homework, for a partner). */
    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addLink("apple-touch-icon", "icons/icon-192.png");
        settings.addMetaTag("theme-color", "#1d6a66");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * Every timestamp comes from this clock, so tests can move time instead of sleeping. It ticks in whole
     * milliseconds, a precision every supported database stores exactly, so times computed before and after
     * a reload are identical.
     */
    @Bean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}

package org.trustwork.safety;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The help every partner sees after the safety screen, whatever they answered, and the neutral page the quick-exit
 * button leaves for. Each clinic sets its own (application properties {@code trustwork.safety.*}); the defaults are
 * demo values and say so.
 */
@Component
public class SupportResources {

    private final String hotlineName;
    private final String hotlineNumber;
    private final String textLine;
    private final String websiteName;
    private final String websiteUrl;
    private final String emergency;
    private final String quickExitUrl;

    SupportResources(@Value("${trustwork.safety.hotline.name:Local domestic abuse helpline (demo)}") String hotlineName,
                     @Value("${trustwork.safety.hotline.number:0800 000 0000}") String hotlineNumber,
                     @Value("${trustwork.safety.text-line:Text SAFE to 60000 (demo)}") String textLine,
                     @Value("${trustwork.safety.website.name:Help and advice (demo)}") String websiteName,
                     @Value("${trustwork.safety.website.url:https://www.example.org/help}") String websiteUrl,
                     @Value("${trustwork.safety.emergency:In immediate danger, call your local emergency number.}")
                     String emergency,
                     @Value("${trustwork.safety.quick-exit-url:https://www.bbc.co.uk/weather}") String quickExitUrl) {
        this.hotlineName = hotlineName;
        this.hotlineNumber = hotlineNumber;
        this.textLine = textLine;
        this.websiteName = websiteName;
        this.websiteUrl = websiteUrl;
        this.emergency = emergency;
        this.quickExitUrl = quickExitUrl;
    }

    public String hotlineName() {
        return hotlineName;
    }

    public String hotlineNumber() {
        return hotlineNumber;
    }

    public String textLine() {
        return textLine;
    }

    public String websiteName() {
        return websiteName;
    }

    public String websiteUrl() {
        return websiteUrl;
    }

    public String emergency() {
        return emergency;
    }

    public String quickExitUrl() {
        return quickExitUrl;
    }
}

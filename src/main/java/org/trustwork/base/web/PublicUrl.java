package org.trustwork.base.web;

import com.vaadin.flow.component.ComponentUtil;
import org.trustwork.base.TrustworkProperties;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address people reach Trustwork at, for links in e-mails. {@code trustwork.public-url}
 * ({@code TRUSTWORK_PUBLIC_URL}) when set; otherwise the address the current browser used, so links work when the
 * app runs on another port or host than the default. A UI remembers its address from the request that opened it:
 * later clicks may arrive over the push websocket, where no HTTP request is at hand.
 */
@Component
public class PublicUrl implements VaadinServiceInitListener {

    private static final String KEY = PublicUrl.class.getName();

    private final String configured;
    private final int port;

    PublicUrl(TrustworkProperties properties, @Value("${server.port:8080}") int port) {
        String configured = properties.publicUrl();
        this.configured = withoutTrailingSlash(configured == null ? "" : configured.strip());
        this.port = port;
    }

    /** Whether an operator set the address; links from a request's own address are then never used. */
    public boolean isConfigured() {
        return !configured.isEmpty();
    }

    /** For links made while someone uses the app: the configured address, else the one their browser used. */
    public String forCurrentRequest() {
        return isConfigured() ? configured : fromCurrentRequest().orElseGet(this::fallback);
    }

    /** For scheduled work and start-up messages, with no browser: the configured address, else this machine's. */
    public String forBackground() {
        return isConfigured() ? configured : fallback();
    }

    /** The address the current browser used, if there is one: from its UI, else from the HTTP request being handled. */
    public Optional<String> fromCurrentRequest() {
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, KEY) instanceof String remembered) {
            return Optional.of(remembered);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.of(baseOf(attributes.getRequest()));
        }
        return Optional.empty();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
                ComponentUtil.setData(init.getUI(), KEY, baseOf(request.getHttpServletRequest()));
            }
        });
    }

    private String fallback() {
        return "http://localhost:" + port;
    }

    static String baseOf(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return withoutTrailingSlash(scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port)
                + request.getContextPath());
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

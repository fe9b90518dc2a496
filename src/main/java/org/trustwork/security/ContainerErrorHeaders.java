package org.trustwork.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself before any filter runs: an address it cannot decode ({@code /a%zzb}), say,
 * gets its own 400 page. This valve, first in Tomcat's engine, gives those answers the same protective headers as
 * every other response. Requests that reach the application get theirs from Spring Security (SecurityConfig).
 */
@Component
class ContainerErrorHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                if (response.isError() && !response.isCommitted()) {
                    response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
                    response.setHeader("X-Frame-Options", "DENY");
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    response.setHeader("Referrer-Policy", "same-origin");
                    response.setHeader("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
                    response.setHeader("Cache-Control", "no-store");
                }
                getNext().invoke(request, response);
            }
        });
    }
}

package org.trustwork.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean that exists only while the demo clinic is switched on ({@code trustwork.demo-data.enabled=true}, the
 * default of the embedded start, off in the {@code production} profile). Code that plants known secrets or writes
 * past data straight into the tables carries it, so a clinic's own installation has no such bean to call.
 * {@code ProductionHasNoDemoCodeTest} holds it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = DemoClinicOnly.PROPERTY, havingValue = "true")
public @interface DemoClinicOnly {

    String PROPERTY = "trustwork.demo-data.enabled";
}

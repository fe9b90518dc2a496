package org.trustwork.base.live;

/**
 * A domain event that open screens follow: a feature publishes it with Spring's {@code ApplicationEventPublisher}
 * inside the transaction that made the change, and {@link LiveUpdates} hands it to the screens that follow its type
 * after the commit (on this instance and, on PostgreSQL, on every other one).
 * <p>
 * Implementations are records of ids (they travel between instances as JSON, within PostgreSQL's 8000-byte notice
 * limit) and never carry clinical text: a screen that follows an event reloads what it shows through its services,
 * which check access and audit the read.
 */
public interface LiveEvent {
}

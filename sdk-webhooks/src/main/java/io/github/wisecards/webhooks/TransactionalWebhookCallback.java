package io.github.wisecards.webhooks;

import io.github.wisecards.webhooks.event.WebhookEvent;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Processes a verified webhook event inside a database transaction; see {@link
 * WebhookHandler#handleInTransaction}. Write your effects through {@code connection} only: they
 * commit together with the event's done mark, or not at all.
 */
@FunctionalInterface
public interface TransactionalWebhookCallback {
    /**
     * Processes an event inside the open transaction. Do not commit, roll back or close the
     * connection. Throw to roll back: the handler releases the event's claim and rethrows, so you
     * can reply with a 5xx and Wise's redelivery is processed. May be called again for the same
     * delivery after a deadlock rolled the transaction back.
     *
     * @param event the verified event
     * @param connection the transaction's connection, auto-commit off
     * @throws SQLException to roll back
     */
    void onEvent(WebhookEvent event, Connection connection) throws SQLException;
}

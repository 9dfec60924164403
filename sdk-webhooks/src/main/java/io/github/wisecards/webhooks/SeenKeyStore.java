package io.github.wisecards.webhooks;

import java.time.Instant;

/**
 * The webhook inbox: per event key, a small state machine that lets {@link WebhookHandler} process
 * each event effectively once, across threads and (for a shared store) across instances.
 *
 * <pre>
 *   (absent) --claim--> CLAIMED(owner, lease) --complete--> DONE --(TTL)--> (absent)
 *                          |   ^
 *                  release |   | claim, once the lease has expired (crash, lost reply, outage)
 *                          v   |
 *                    CLAIMED(lease expired)
 * </pre>
 *
 * <p>Only {@code DONE} is a duplicate. A live claim by another delivery answers {@link
 * Claim#CLAIMED_ELSEWHERE}: the app replies with a 5xx so that Wise redelivers later, by which time
 * the claim has either been completed (a duplicate then) or released or expired (processed then).
 * So a crash, a lost database reply or a database outage delays an event but never loses it.
 *
 * <p>Implementations must make {@link #claim} atomic: when several threads or instances race on
 * one key, at most one of them gets {@link Claim#CLAIMED} per lease. {@code claimId} identifies
 * one attempt (the handler passes a fresh random UUID): {@link #complete} and {@link #release}
 * change only the claim with that id, so a slow attempt whose lease was taken over cannot undo the
 * new owner's work. Every method returns or throws by {@code deadline} as far as the store can
 * bound it. Provided: {@link InMemorySeenKeyStore} (one JVM) and {@link JdbcSeenKeyStore}
 * (several instances sharing a database). Implementations are thread-safe.
 */
public interface SeenKeyStore {
    /** The result of {@link #claim}. */
    enum Claim {
        /** This attempt owns the event until its lease expires: process it. */
        CLAIMED,
        /** The event was processed already: a duplicate, acknowledge it. */
        DONE,
        /** Another attempt holds a live claim: do not process now, ask Wise to redeliver later. */
        CLAIMED_ELSEWHERE
    }

    /**
     * Claims {@code eventKey} for the attempt {@code claimId} if it is absent, released, or claimed
     * with an expired lease (or done longer ago than the store's TTL).
     *
     * @param eventKey the event's delivery key
     * @param claimId this delivery's claim id
     * @param deadline when the store gives up waiting
     * @return {@link Claim#CLAIMED} when this attempt now owns the event, {@link Claim#DONE} or
     *     {@link Claim#CLAIMED_ELSEWHERE} otherwise
     * @throws SeenKeyStoreException if the store fails; the event's state is then unknown, reply
     *     5xx (a claim that did reach the store expires with its lease)
     */
    Claim claim(String eventKey, String claimId, Instant deadline);

    /**
     * Marks {@code eventKey} done, if {@code claimId} still owns it.
     *
     * @param eventKey the event's delivery key
     * @param claimId this delivery's claim id
     * @param deadline when the store gives up waiting
     * @return true if it was marked done; false if the claim was lost (its lease expired and
     *     another attempt took the event over)
     * @throws SeenKeyStoreException if the store fails
     */
    boolean complete(String eventKey, String claimId, Instant deadline);

    /**
     * Gives up the claim of {@code claimId} on {@code eventKey} so the next delivery processes the
     * event at once; called when the callback failed. Does nothing if {@code claimId} no longer
     * owns the key.
     *
     * @param eventKey the event's delivery key
     * @param claimId this delivery's claim id
     * @param deadline when the store gives up waiting
     * @throws SeenKeyStoreException if the store fails (the claim then ends with its lease)
     */
    void release(String eventKey, String claimId, Instant deadline);
}

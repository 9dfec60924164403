package io.github.wisecards.spring;

import io.github.wisecards.webhooks.SeenKeyStoreException;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerificationException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The Spring MVC webhook endpoint ({@code POST wise.webhooks.path}): reads the raw body bytes,
 * verifies the signature, deduplicates through the {@link WebhookHandler}'s inbox and publishes the
 * typed event ({@code io.github.wisecards.webhooks.event}) as a Spring application event, so that
 * {@code @EventListener void on(CardOrderStatusChangeEvent e)} receives it.
 *
 * <p>Answers, as Wise expects (every body empty):
 *
 * <ul>
 *   <li>200 when the listeners processed the event, or for a true duplicate (processed before);
 *   <li>400 when the request is rejected (signature, malformed body), 413 above the body size cap:
 *       no detail is given to the caller; the reason is logged;
 *   <li>500 when a listener threw: the claim is released and Wise redelivers;
 *   <li>503 when another attempt is processing the event, or the inbox failed: Wise redelivers.
 * </ul>
 *
 * <p>Listeners run synchronously on the request thread, before the answer: keep them short (Wise
 * waits 5 seconds), and do not make them {@code @Async}, or their failures are not redelivered.
 * Thread-safe.
 */
public final class WiseWebhookEndpoint implements HandlerFunction<ServerResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(WiseWebhookEndpoint.class);

    private final WebhookHandler handler;
    private final ApplicationEventPublisher publisher;

    /**
     * Creates the endpoint.
     *
     * @param handler verifies and deduplicates
     * @param publisher publishes each event to the application's listeners
     */
    public WiseWebhookEndpoint(WebhookHandler handler, ApplicationEventPublisher publisher) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * Handles one webhook request.
     *
     * @param request the request
     * @return the answer to Wise, with an empty body
     */
    @Override
    public ServerResponse handle(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        byte[] body;
        try {
            body = handler.verifier().readBody(servlet.getInputStream());
        } catch (WebhookVerificationException e) {
            LOG.warn("Rejected a Wise webhook request: {}", e.reason());
            return ServerResponse.status(413).build();
        } catch (IOException e) {
            LOG.warn("Could not read a Wise webhook request's body: {}", e.toString());
            return ServerResponse.status(400).build();
        }
        try {
            WebhookHandler.Outcome outcome =
                    handler.handle(WebhookHeaders.from(servlet::getHeader), body, publisher::publishEvent);
            if (outcome == WebhookHandler.Outcome.IN_PROGRESS) {
                LOG.info("A Wise webhook is being processed by another attempt; answering 503 so that Wise redelivers");
            }
            return ServerResponse.status(outcome.httpStatus()).build();
        } catch (WebhookVerificationException e) {
            LOG.warn("Rejected a Wise webhook request: {}", e.reason());
            return ServerResponse.status(400).build();
        } catch (SeenKeyStoreException e) {
            LOG.error("The Wise webhook inbox failed; answering 503 so that Wise redelivers", e);
            return ServerResponse.status(503).build();
        } catch (RuntimeException e) {
            LOG.error("A listener of a Wise webhook event failed; answering 500 so that Wise redelivers", e);
            return ServerResponse.status(500).build();
        }
    }

    @Override
    public String toString() {
        return "WiseWebhookEndpoint{" + handler + "}";
    }
}

package io.github.wisecards.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.SeenKeyStore;
import io.github.wisecards.webhooks.SeenKeyStoreException;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

class WiseWebhookEndpointTest {
    private static final WebhookSigner SIGNER = WebhookSigner.generate();

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    WiseAutoConfiguration.class,
                    WiseWebhooksAutoConfiguration.class,
                    WiseWebhookEndpointAutoConfiguration.class))
            .withUserConfiguration(Mvc.class, Listeners.class)
            .withPropertyValues("wise.auth.access-token=t", "wise.webhooks.public-keys[0]=" + SIGNER.publicKeyPem());

    @Test
    void signedEventIsPublishedAsATypedSpringEventAndAnswered200() {
        runner.run(context -> {
            MockMvc mvc = mvc(context);
            byte[] body = TestBodies.cardOrderStatusChange(1001, "PRODUCED");
            byte[] answer = mvc.perform(signed("/wise/webhooks", body))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(answer).isEmpty();
            Listeners listeners = context.getBean(Listeners.class);
            assertThat(listeners.orders).singleElement().satisfies(e -> {
                assertThat(e.orderId()).contains("1001");
                assertThat(e.orderStatus().raw()).isEqualTo("PRODUCED");
            });
            assertThat(listeners.all).hasSize(1);
        });
    }

    @Test
    void duplicateDeliveryIsAnswered200WithoutPublishingAgain() {
        runner.run(context -> {
            MockMvc mvc = mvc(context);
            byte[] body = TestBodies.cardOrderStatusChange(1002, "PRODUCED");
            mvc.perform(signed("/wise/webhooks", body)).andExpect(status().isOk());
            mvc.perform(signed("/wise/webhooks", body)).andExpect(status().isOk());
            assertThat(context.getBean(Listeners.class).orders).hasSize(1);
        });
    }

    @Test
    void badSignatureIsAnswered400WithoutDetailAndPublishesNothing() {
        runner.run(context -> {
            byte[] body = TestBodies.cardOrderStatusChange(1003, "PRODUCED");
            byte[] other = TestBodies.cardOrderStatusChange(1004, "PRODUCED");
            byte[] answer = mvc(context)
                    .perform(post("/wise/webhooks")
                            .header("X-Signature-SHA256", SIGNER.sign(other))
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(answer).isEmpty();
            mvc(context).perform(post("/wise/webhooks").content(body)).andExpect(status().isBadRequest());
            assertThat(context.getBean(Listeners.class).all).isEmpty();
        });
    }

    @Test
    void bodyAboveTheCapIsAnswered413() {
        runner.run(context -> {
            byte[] big = new byte[WebhookVerifier.DEFAULT_MAX_BODY_BYTES + 1];
            mvc(context)
                    .perform(post("/wise/webhooks")
                            .header("X-Signature-SHA256", SIGNER.sign(big))
                            .content(big))
                    .andExpect(status().isPayloadTooLarge());
        });
    }

    @Test
    void listenerFailureIsAnswered500AndTheRedeliveryIsProcessed() {
        runner.withUserConfiguration(FailingOnce.class).run(context -> {
            MockMvc mvc = mvc(context);
            byte[] body = TestBodies.cardOrderStatusChange(1005, "PRODUCED");
            mvc.perform(signed("/wise/webhooks", body)).andExpect(status().isInternalServerError());
            mvc.perform(signed("/wise/webhooks", body)).andExpect(status().isOk());
            assertThat(context.getBean(FailingOnce.class).calls).hasValue(2);
        });
    }

    @Test
    void eventClaimedByAnotherAttemptIsAnswered503() {
        runner.withBean(SeenKeyStore.class, ClaimedElsewhere::new).run(context -> {
            byte[] body = TestBodies.cardOrderStatusChange(1006, "PRODUCED");
            mvc(context).perform(signed("/wise/webhooks", body)).andExpect(status().isServiceUnavailable());
            assertThat(context.getBean(Listeners.class).all).isEmpty();
        });
    }

    @Test
    void inboxFailureIsAnswered503SoThatWiseRedeliversAndPublishesNothing() {
        runner.withBean(SeenKeyStore.class, Unavailable::new).run(context -> {
            byte[] body = TestBodies.cardOrderStatusChange(1008, "PRODUCED");
            mvc(context).perform(signed("/wise/webhooks", body)).andExpect(status().isServiceUnavailable());
            assertThat(context.getBean(Listeners.class).all).isEmpty();
        });
    }

    @Test
    void aBodyThatCannotBeReadIsAnswered400AndPublishesNothing() {
        runner.run(context -> {
            byte[] body = TestBodies.cardOrderStatusChange(1009, "PRODUCED");
            mvc(context)
                    .perform(signed("/wise/webhooks", body).with(request -> new BrokenBody(request)))
                    .andExpect(status().isBadRequest());
            assertThat(context.getBean(Listeners.class).all).isEmpty();
        });
    }

    @Test
    void theEndpointNamesItsHandler() {
        runner.run(
                context -> assertThat(context.getBean(WiseWebhookEndpoint.class).toString())
                        .startsWith("WiseWebhookEndpoint{WebhookHandler"));
    }

    @Test
    void pathComesFromWiseWebhooksPath() {
        runner.withPropertyValues("wise.webhooks.path=/hooks/wise").run(context -> {
            byte[] body = TestBodies.cardOrderStatusChange(1007, "PRODUCED");
            mvc(context).perform(signed("/hooks/wise", body)).andExpect(status().isOk());
            mvc(context).perform(signed("/wise/webhooks", body)).andExpect(status().isNotFound());
        });
    }

    @Test
    void endpointBeansBackOffWhenTheApplicationDefinesThem() {
        runner.withBean(
                        "myEndpoint",
                        WiseWebhookEndpoint.class,
                        () -> new WiseWebhookEndpoint(
                                io.github.wisecards.webhooks.WebhookHandler.builder()
                                        .verifier(WebhookVerifier.builder()
                                                .addTrustedKey(SIGNER.publicKey())
                                                .build())
                                        .seenKeyStore(io.github.wisecards.webhooks.InMemorySeenKeyStore.create())
                                        .build(),
                                e -> {}))
                .withBean(
                        "wiseWebhookRoute",
                        RouterFunction.class,
                        () -> RouterFunctions.route()
                                .GET(
                                        "/elsewhere",
                                        request -> ServerResponse.ok().build())
                                .build())
                .run(context -> {
                    assertThat(context.getBeansOfType(WiseWebhookEndpoint.class))
                            .containsOnlyKeys("myEndpoint");
                    byte[] body = TestBodies.cardOrderStatusChange(1008, "PRODUCED");
                    mvc(context).perform(signed("/wise/webhooks", body)).andExpect(status().isNotFound());
                });
    }

    @Test
    void nonWebApplicationGetsNoEndpoint() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        WiseAutoConfiguration.class,
                        WiseWebhooksAutoConfiguration.class,
                        WiseWebhookEndpointAutoConfiguration.class))
                .withPropertyValues("wise.auth.access-token=t")
                .run(context -> assertThat(context).doesNotHaveBean(WiseWebhookEndpoint.class));
    }

    private static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).build();
    }

    private static MockHttpServletRequestBuilder signed(String path, byte[] body) {
        return post(path).header("X-Signature-SHA256", SIGNER.sign(body)).content(body);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {}

    /** A partner's listeners: one typed, one for every event. */
    static class Listeners {
        final List<CardOrderStatusChangeEvent> orders = new CopyOnWriteArrayList<>();
        final List<WebhookEvent> all = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CardOrderStatusChangeEvent e) {
            orders.add(e);
        }

        @EventListener
        void onAny(WebhookEvent e) {
            all.add(e);
        }
    }

    static class FailingOnce {
        final AtomicInteger calls = new AtomicInteger();

        @EventListener
        void on(CardOrderStatusChangeEvent e) {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the partner's database is down");
            }
        }
    }

    /** An inbox whose database is down. */
    static class Unavailable implements SeenKeyStore {
        @Override
        public Claim claim(String eventKey, String claimId, Instant deadline) {
            throw new SeenKeyStoreException("the inbox's database is down", new SQLException("connection refused"));
        }

        @Override
        public boolean complete(String eventKey, String claimId, Instant deadline) {
            throw new SeenKeyStoreException("the inbox's database is down", new SQLException("connection refused"));
        }

        @Override
        public void release(String eventKey, String claimId, Instant deadline) {}
    }

    /** A request whose body fails mid-read, as when the client goes away. */
    static final class BrokenBody extends MockHttpServletRequest {
        BrokenBody(MockHttpServletRequest signed) {
            super(signed.getServletContext(), signed.getMethod(), signed.getRequestURI());
            for (String name : Collections.list(signed.getHeaderNames())) {
                addHeader(name, signed.getHeader(name));
            }
        }

        @Override
        public ServletInputStream getInputStream() {
            return new DelegatingServletInputStream(new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset by peer");
                }
            });
        }
    }

    /** An inbox where another instance always holds a live claim. */
    static class ClaimedElsewhere implements SeenKeyStore {
        @Override
        public Claim claim(String eventKey, String claimId, Instant deadline) {
            return Claim.CLAIMED_ELSEWHERE;
        }

        @Override
        public boolean complete(String eventKey, String claimId, Instant deadline) {
            return true;
        }

        @Override
        public void release(String eventKey, String claimId, Instant deadline) {}
    }
}

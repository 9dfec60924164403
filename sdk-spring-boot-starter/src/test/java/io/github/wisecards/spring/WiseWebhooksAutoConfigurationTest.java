package io.github.wisecards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.core.Environment;
import io.github.wisecards.testing.WebhookSigner;
import io.github.wisecards.webhooks.InMemorySeenKeyStore;
import io.github.wisecards.webhooks.JdbcSeenKeyStore;
import io.github.wisecards.webhooks.SeenKeyStore;
import io.github.wisecards.webhooks.WebhookHandler;
import io.github.wisecards.webhooks.WebhookHeaders;
import io.github.wisecards.webhooks.WebhookVerifier;
import io.github.wisecards.webhooks.event.CardOrderStatusChangeEvent;
import io.github.wisecards.webhooks.event.WebhookEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class WiseWebhooksAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WiseAutoConfiguration.class, WiseWebhooksAutoConfiguration.class))
            .withPropertyValues("wise.auth.access-token=t");

    @Test
    void withoutDataSourceTheInboxIsInMemoryWithAMultiInstanceWarning(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context.getBean(SeenKeyStore.class)).isInstanceOf(InMemorySeenKeyStore.class);
            assertThat(context).hasSingleBean(WebhookHandler.class);
        });
        assertThat(output).contains("more than one instance");
    }

    @Test
    void withDataSourceTheInboxIsJdbcAndNoTableIsCreatedUnlessOptedIn() {
        DataSource db = h2();
        runner.withBean(DataSource.class, () -> db).run(context -> {
            assertThat(context.getBean(SeenKeyStore.class)).isInstanceOf(JdbcSeenKeyStore.class);
            assertThat(tableExists(db)).isFalse();
        });
    }

    @Test
    void initializeSchemaCreatesTheInboxTableAndTheInboxWorks() {
        DataSource db = h2();
        WebhookSigner signer = WebhookSigner.generate();
        runner.withBean(DataSource.class, () -> db)
                .withPropertyValues(
                        "wise.webhooks.inbox.initialize-schema=true",
                        "wise.webhooks.public-keys[0]=" + signer.publicKeyPem())
                .run(context -> {
                    assertThat(tableExists(db)).isTrue();
                    WebhookHandler handler = context.getBean(WebhookHandler.class);
                    byte[] body = TestBodies.cardOrderStatusChange(1001, "PRODUCED");
                    WebhookHeaders headers = WebhookHeaders.of(Map.of("X-Signature-SHA256", signer.sign(body)));
                    assertThat(handler.handle(headers, body, e -> {})).isEqualTo(WebhookHandler.Outcome.PROCESSED);
                    assertThat(handler.handle(headers, body, e -> {})).isEqualTo(WebhookHandler.Outcome.DUPLICATE);
                });
    }

    @Test
    void jdbcStoreWithoutDataSourceFailsNamingTheProperty() {
        runner.withPropertyValues("wise.webhooks.inbox.store=jdbc")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining(
                                "wise.webhooks.inbox.store: is jdbc but the context has no DataSource bean"));
    }

    @Test
    void memoryStoreIsKeptEvenWithADataSource() {
        runner.withBean(DataSource.class, WiseWebhooksAutoConfigurationTest::h2)
                .withPropertyValues("wise.webhooks.inbox.store=memory")
                .run(context ->
                        assertThat(context.getBean(SeenKeyStore.class)).isInstanceOf(InMemorySeenKeyStore.class));
    }

    @Test
    void initializeSchemaRefusesACustomTableName() {
        runner.withBean(DataSource.class, WiseWebhooksAutoConfigurationTest::h2)
                .withPropertyValues(
                        "wise.webhooks.inbox.initialize-schema=true", "wise.webhooks.inbox.table-name=my_inbox")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining(
                                "wise.webhooks.inbox.initialize-schema: creates the table wise_webhook_inbox only"));
    }

    @Test
    void verifierTrustsTheConfiguredKeysAndTheEnvironmentsBundledKey() {
        WebhookSigner signer = WebhookSigner.generate();
        runner.withPropertyValues("wise.environment=production", "wise.webhooks.public-keys=" + signer.publicKeyPem())
                .run(context -> {
                    WebhookVerifier verifier = context.getBean(WebhookVerifier.class);
                    assertThat(verifier.trustedKeyFingerprints())
                            .containsAll(WebhookVerifier.forEnvironment(Environment.PRODUCTION)
                                    .trustedKeyFingerprints())
                            .hasSize(WebhookVerifier.forEnvironment(Environment.PRODUCTION)
                                            .trustedKeyFingerprints()
                                            .size()
                                    + 1);
                    byte[] body = TestBodies.cardOrderStatusChange(7, "PLACED");
                    WebhookEvent event = verifier.verifyAndParse(
                            WebhookHeaders.of(Map.of("X-Signature-SHA256", signer.sign(body))), body);
                    assertThat(event).isInstanceOf(CardOrderStatusChangeEvent.class);
                });
    }

    @Test
    void malformedPublicKeyFailsNamingItsIndex() {
        runner.withPropertyValues("wise.webhooks.public-keys[0]=not a key")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("wise.webhooks.public-keys[0]: must be a PEM"));
    }

    @Test
    void disabledWebhooksCreateNoWebhookBean() {
        runner.withPropertyValues("wise.webhooks.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(WebhookVerifier.class);
            assertThat(context).doesNotHaveBean(SeenKeyStore.class);
            assertThat(context).doesNotHaveBean(WebhookHandler.class);
        });
    }

    @Test
    void eachWebhookBeanBacksOffWhenTheApplicationDefinesOne() {
        WebhookVerifier verifier = WebhookVerifier.forEnvironment(Environment.SANDBOX);
        SeenKeyStore store = InMemorySeenKeyStore.create();
        WebhookHandler handler =
                WebhookHandler.builder().verifier(verifier).seenKeyStore(store).build();
        runner.withBean("myVerifier", WebhookVerifier.class, () -> verifier)
                .withBean("myStore", SeenKeyStore.class, () -> store)
                .withBean("myHandler", WebhookHandler.class, () -> handler)
                .run(context -> {
                    assertThat(context.getBeansOfType(WebhookVerifier.class)).containsOnlyKeys("myVerifier");
                    assertThat(context.getBeansOfType(SeenKeyStore.class)).containsOnlyKeys("myStore");
                    assertThat(context.getBeansOfType(WebhookHandler.class)).containsOnlyKeys("myHandler");
                });
    }

    @Test
    void handlerCustomizersRunOnTheAutoConfiguredHandler() {
        java.util.List<WebhookHandler.Builder> customized = new java.util.ArrayList<>();
        runner.withBean(
                        WiseWebhookHandlerCustomizer.class,
                        () -> b -> customized.add(b.replyBudget(java.time.Duration.ofSeconds(2))))
                .run(context -> {
                    assertThat(context).hasSingleBean(WebhookHandler.class);
                    assertThat(customized).hasSize(1);
                });
    }

    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    static boolean tableExists(DataSource db) throws Exception {
        try (Connection c = db.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "WISE_WEBHOOK_INBOX", null)) {
            return rs.next();
        }
    }
}

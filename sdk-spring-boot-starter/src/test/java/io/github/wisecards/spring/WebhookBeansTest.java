package io.github.wisecards.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wisecards.core.errors.FieldViolation;
import io.github.wisecards.core.errors.ValidationException;
import io.github.wisecards.webhooks.InMemorySeenKeyStore;
import io.github.wisecards.webhooks.JdbcSeenKeyStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The inbox rules of the webhook beans, without a Spring context. */
class WebhookBeansTest {

    @Test
    void theConfiguredTtlAndLeaseReachTheInMemoryStore() {
        WiseProperties.Inbox inbox = inbox(WiseProperties.InboxStore.MEMORY);
        inbox.setTtl(Duration.ofDays(2));
        inbox.setLease(Duration.ofSeconds(30));
        assertThat(WebhookBeans.inbox(inbox, null))
                .isInstanceOf(InMemorySeenKeyStore.class)
                .hasToString("InMemorySeenKeyStore{ttl=PT48H, lease=PT30S, maxEntries=100000}");
    }

    @Test
    void theConfiguredTableTtlAndLeaseReachTheJdbcStore() {
        WiseProperties.Inbox inbox = inbox(WiseProperties.InboxStore.AUTO);
        inbox.setTableName("partner_inbox");
        inbox.setTtl(Duration.ofDays(3));
        inbox.setLease(Duration.ofSeconds(45));
        assertThat(WebhookBeans.inbox(inbox, WiseWebhooksAutoConfigurationTest.h2()))
                .isInstanceOf(JdbcSeenKeyStore.class)
                .hasToString("JdbcSeenKeyStore{table=partner_inbox, ttl=PT72H, lease=PT45S}");
    }

    @Test
    void aZeroTtlOrLeaseIsRejectedNamingTheProperty() {
        WiseProperties.Inbox ttl = inbox(WiseProperties.InboxStore.MEMORY);
        ttl.setTtl(Duration.ZERO);
        assertThat(violations(ttl, null))
                .containsExactly(FieldViolation.of("wise.webhooks.inbox.ttl", "must be positive"));

        WiseProperties.Inbox lease = inbox(WiseProperties.InboxStore.MEMORY);
        lease.setLease(Duration.ofSeconds(-1));
        assertThat(violations(lease, null))
                .containsExactly(FieldViolation.of("wise.webhooks.inbox.lease", "must be positive"));
    }

    @Test
    void aBlankTableNameMattersOnlyToTheJdbcStore() {
        WiseProperties.Inbox memory = inbox(WiseProperties.InboxStore.MEMORY);
        memory.setTableName(" ");
        assertThat(WebhookBeans.inbox(memory, WiseWebhooksAutoConfigurationTest.h2()))
                .isInstanceOf(InMemorySeenKeyStore.class);

        WiseProperties.Inbox jdbc = inbox(WiseProperties.InboxStore.JDBC);
        jdbc.setTableName(" ");
        assertThat(violations(jdbc, WiseWebhooksAutoConfigurationTest.h2()))
                .containsExactly(FieldViolation.of("wise.webhooks.inbox.table-name", "must not be blank"));
    }

    @Test
    void theSchemaIsCommittedOnAConnectionWithAutoCommitOff() throws Exception {
        DataSource h2 = WiseWebhooksAutoConfigurationTest.h2();
        AtomicInteger commits = new AtomicInteger();
        WebhookBeans.initializeSchema(autoCommitOff(h2, commits));
        assertThat(commits).hasValue(1);
        assertThat(WiseWebhooksAutoConfigurationTest.tableExists(h2)).isTrue();
    }

    @Test
    void theDialectFollowsTheDatabaseProductAndAnUnknownOneIsRejected() {
        assertThat(WebhookBeans.dialect("PostgreSQL")).isEqualTo("postgresql");
        assertThat(WebhookBeans.dialect("MySQL")).isEqualTo("mysql");
        assertThat(WebhookBeans.dialect("MariaDB")).isEqualTo("mysql");
        assertThat(WebhookBeans.dialect("H2")).isEqualTo("h2");
        assertThatThrownBy(() -> WebhookBeans.dialect("Oracle"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("wise.webhooks.inbox.initialize-schema")
                .hasMessageContaining("not Oracle");
    }

    private static WiseProperties.Inbox inbox(WiseProperties.InboxStore store) {
        WiseProperties.Inbox inbox = new WiseProperties.Inbox();
        inbox.setStore(store);
        return inbox;
    }

    private static List<FieldViolation> violations(WiseProperties.Inbox inbox, DataSource dataSource) {
        ValidationException e =
                catchThrowableOfType(ValidationException.class, () -> WebhookBeans.inbox(inbox, dataSource));
        assertThat(e).as("a ValidationException").isNotNull();
        return e.violations();
    }

    /** A DataSource whose connections start with auto-commit off and count their commits. */
    private static DataSource autoCommitOff(DataSource target, AtomicInteger commits) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection c = (Connection) result;
                    c.setAutoCommit(false);
                    return Proxy.newProxyInstance(
                            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("commit")) {
                                    commits.incrementAndGet();
                                }
                                return invoke(m, c, a);
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

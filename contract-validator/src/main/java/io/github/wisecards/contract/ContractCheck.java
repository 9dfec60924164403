package io.github.wisecards.contract;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one hook through which every HTTP exchange of the cards and kiosk tests is validated against
 * the contract, and the JUnit 5 extension that fails a test whose exchanges broke it.
 *
 * <p>Exchanges reach it from the servers the tests talk to, so it sees the bytes on the wire
 * whatever client, view (blocking, async, raw) or thread made the call:
 *
 * <ul>
 *   <li>MockWebServer: {@link #mockWebServer()} (a server whose queue validates) or {@link
 *       ContractDispatcher#wrapping} around a test's own dispatcher;
 *   <li>the simulator: every {@code WiseSimulator} on a class path that holds the {@code contract-simulator}
 *       module, through its {@code WiseSimulator.ExchangeObserver} service, which hands each
 *       exchange to {@link #record(HttpExchange)}.
 * </ul>
 *
 * <p>The extension is registered for every test of a module by JUnit's extension auto-detection
 * ({@code junit.jupiter.extensions.autodetection.enabled=true} in the module's {@code
 * junit-platform.properties}; this jar lists it in {@code META-INF/services}). Before each test it
 * forgets what it saw; after each test it fails the test with every violation (operation, JSON
 * pointer, rule). A test that serves malformed responses on purpose says so with {@link
 * MalformedResponses}; its requests are still checked. Tests of a module run one at a time, so
 * what the servers' threads record belongs to the running test.
 */
public final class ContractCheck implements BeforeEachCallback, AfterEachCallback {
    private static final List<Violation> VIOLATIONS = new ArrayList<>();
    private static final AtomicInteger EXCHANGES = new AtomicInteger();

    /** Creates the extension (JUnit calls it). */
    public ContractCheck() {}

    /** Validates one exchange and keeps its violations for the running test. Never throws. */
    public static void record(HttpExchange exchange) {
        List<Violation> found;
        try {
            found = ContractValidator.wiseCards().validate(exchange);
        } catch (RuntimeException e) {
            found = List.of(new Violation("(none)", "/", "validator", exchange + ": " + e));
        }
        EXCHANGES.incrementAndGet();
        if (found.isEmpty()) {
            return;
        }
        synchronized (VIOLATIONS) {
            for (Violation v : found) {
                VIOLATIONS.add(
                        new Violation(v.operationId(), v.pointer(), v.rule(), v.detail() + " (" + exchange + ")"));
            }
        }
    }

    /**
     * Keeps, for the running test, a violation naming a request that arrived when the server had
     * no response queued for it (the request itself is not validated: the test did not expect it).
     */
    static void recordUnexpected(HttpExchange exchange) {
        EXCHANGES.incrementAndGet();
        synchronized (VIOLATIONS) {
            VIOLATIONS.add(new Violation(
                    "(none)", "/request", "unexpected-request", "the test queued no response for " + exchange));
        }
    }

    /** Returns a MockWebServer (not started) whose queue validates every exchange and fails fast. */
    public static MockWebServer mockWebServer() {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new ContractDispatcher());
        return server;
    }

    /**
     * Returns the test sources under {@code testSources} that build a MockWebServer whose
     * exchanges escape validation ({@code new MockWebServer()} instead of {@link #mockWebServer()}),
     * other than those listed in {@code allowed} (file names, for servers that are not Wise, such
     * as a webhook receiver).
     */
    public static List<String> unvalidatedMockWebServers(
            java.nio.file.Path testSources, java.util.Set<String> allowed) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(testSources)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !allowed.contains(p.getFileName().toString()))
                    .filter(p -> {
                        try {
                            return java.nio.file.Files.readString(p).contains("new MockWebServer(");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(p -> testSources.relativize(p).toString())
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Returns how many exchanges were validated since the running test started. */
    public static int exchangesValidated() {
        return EXCHANGES.get();
    }

    /** Returns and forgets the violations recorded since the running test started (for tests of the hook). */
    public static List<Violation> drainViolations() {
        synchronized (VIOLATIONS) {
            List<Violation> copy = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            return copy;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        drainViolations();
        EXCHANGES.set(0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertNoViolations(drainViolations(), exemption(context));
    }

    /**
     * Fails with every violation (operation, pointer, rule, detail), leaving out those in responses
     * when the test declared {@link MalformedResponses}.
     *
     * @throws AssertionError if a violation remains
     */
    static void assertNoViolations(List<Violation> found, Optional<MalformedResponses> exemption) {
        List<Violation> failing = found.stream()
                .filter(v -> exemption.isEmpty() || !v.pointer().startsWith("/response"))
                .toList();
        if (!failing.isEmpty()) {
            StringBuilder message = new StringBuilder("contract violations (contract/wise-cards.openapi.json):");
            failing.forEach(v -> message.append("\n  ").append(v));
            throw new AssertionError(message.toString());
        }
    }

    private static Optional<MalformedResponses> exemption(ExtensionContext context) {
        Optional<MalformedResponses> onMethod = context.getTestMethod().flatMap(ContractCheck::annotation);
        if (onMethod.isPresent()) {
            return onMethod;
        }
        return context.getTestClass().flatMap(ContractCheck::annotation);
    }

    private static Optional<MalformedResponses> annotation(AnnotatedElement element) {
        MalformedResponses a = element.getAnnotation(MalformedResponses.class);
        if (a != null && a.value().isBlank()) {
            throw new IllegalStateException("@MalformedResponses on " + element + " needs a reason");
        }
        return Optional.ofNullable(a);
    }
}

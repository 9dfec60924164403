package io.github.wisecards.testing;

import io.github.wisecards.core.ClientOptions;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link WiseSimulator} for JUnit 5 tests and injects it, or options configured for it,
 * into test and lifecycle methods.
 *
 * <pre>{@code
 * class CardIssuingTest {
 *     @RegisterExtension
 *     static final WiseSimulatorExtension wise = new WiseSimulatorExtension();
 *
 *     @Test
 *     void issuesACard(WiseSimulator simulator, ClientOptions options) {
 *         CardsClient cards = CardsClient.create(options);
 *         // ...
 *     }
 * }
 * }</pre>
 *
 * <p>Lifecycle: registered on a {@code static} field or with {@code @ExtendWith} on the class, one
 * simulator serves the whole class and is {@linkplain WiseSimulator#reset() reset} before each
 * test; registered on an instance field, each test gets its own simulator. Either way it is closed
 * afterwards.
 *
 * <p>Resolves parameters of type {@link WiseSimulator}, {@link ClientOptions} (built from {@link
 * WiseSimulator#clientOptions()}; one new instance per parameter) and {@link
 * ClientOptions.OptionsBuilder} (a fresh builder to customise).
 */
public final class WiseSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(WiseSimulatorExtension.class);
    private static final String KEY = "simulator";

    private final Consumer<WiseSimulator.Builder> customizer;
    private volatile WiseSimulator current;

    /** Creates an extension whose simulators have the default configuration. */
    public WiseSimulatorExtension() {
        this(builder -> {});
    }

    /**
     * Creates an extension whose simulators are configured by {@code customizer}, for example
     * {@code new WiseSimulatorExtension(b -> b.autoCompleteProduction(true))}.
     *
     * @param customizer configures the builder of each test's simulator before it is built
     * @throws NullPointerException if {@code customizer} is null
     */
    public WiseSimulatorExtension(Consumer<WiseSimulator.Builder> customizer) {
        this.customizer = Objects.requireNonNull(customizer, "customizer");
    }

    /**
     * {@return the simulator of the running test, for tests that hold the extension in a field}
     *
     * @throws IllegalStateException outside a test
     */
    public WiseSimulator simulator() {
        WiseSimulator s = current;
        if (s == null) {
            throw new IllegalStateException("no simulator is running: use it inside a test");
        }
        return s;
    }

    /**
     * {@return options configured for the running test's simulator; see {@link
     * WiseSimulator#clientOptions()}}
     */
    public ClientOptions.OptionsBuilder clientOptions() {
        return simulator().clientOptions();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = start();
        context.getStore(NAMESPACE).put(KEY, current);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WiseSimulator s = context.getStore(NAMESPACE).remove(KEY, WiseSimulator.class);
        if (s != null) {
            s.close();
        }
        current = null;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WiseSimulator shared = context.getStore(NAMESPACE).get(KEY, WiseSimulator.class);
        if (shared != null) {
            shared.reset();
            current = shared;
            return;
        }
        current = start();
        context.getStore(NAMESPACE).put(KEY, current);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // Removes only a per-test simulator: a class-wide one lives in the parent's store.
        WiseSimulator own = context.getStore(NAMESPACE).remove(KEY, WiseSimulator.class);
        if (own != null) {
            own.close();
            current = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WiseSimulator.class || type == ClientOptions.class || type == ClientOptions.OptionsBuilder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WiseSimulator s = context.getStore(NAMESPACE).get(KEY, WiseSimulator.class);
        if (s == null) {
            s = simulator();
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == WiseSimulator.class) {
            return s;
        }
        if (type == ClientOptions.class) {
            return s.clientOptions().build();
        }
        return s.clientOptions();
    }

    private WiseSimulator start() {
        WiseSimulator.Builder b = WiseSimulator.builder();
        customizer.accept(b);
        return b.build().start();
    }
}

package io.github.wisecards.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring Boot test's application against an embedded {@code WiseSimulator}
 * (sdk-testing) instead of Wise.
 *
 * <p>Before the application context starts, a simulator is started for it and the {@code wise.*}
 * properties are pointed at it: {@code wise.environment=custom} with the simulator's base URLs, and
 * {@code wise.webhooks.public-keys[0]} set to the simulator's signing key, so the application's own
 * webhook endpoint verifies the simulator's webhooks. The application's credentials are kept and
 * the simulator accepts them: a {@code wise.auth.access-token} as its token, a {@code client-id}
 * and {@code client-secret} (with the {@code refresh-token}, if any) as its OAuth client; without
 * credentials the simulator's token is used. Once the web server has started ({@code
 * webEnvironment = RANDOM_PORT} or {@code DEFINED_PORT}), the simulator delivers its signed
 * webhooks to {@code http://127.0.0.1:<port><context path><wise.webhooks.path>}; with a mock web
 * environment it only records them ({@code simulator.webhooks()}).
 *
 * <p>The simulator is a bean named {@code wiseSimulator}: inject it to drive the scenario ({@code
 * advanceCardOrder}, {@code completeProduction}, faults). It closes with the context.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * @AutoConfigureWiseSimulator
 * class CardOrderingTest {
 *     @Autowired CardsClient cards;
 *     @Autowired WiseSimulator simulator;
 *     ...
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(WiseSimulatorContextCustomizerFactory.class)
public @interface AutoConfigureWiseSimulator {}

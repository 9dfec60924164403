/**
 * Spring Boot test support of the Wise Cards SDK: {@link
 * io.github.wisecards.spring.test.AutoConfigureWiseSimulator} runs an application's
 * {@code @SpringBootTest} against the embedded Wise simulator.
 */
package io.github.wisecards.spring.test;

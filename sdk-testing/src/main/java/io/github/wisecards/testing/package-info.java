/**
 * An embedded simulator of the Wise card platform for partners' tests: {@link
 * io.github.wisecards.testing.WiseSimulator} serves the card-order, kiosk, PIN preset and OAuth
 * endpoints over HTTP on localhost, keeps card orders and their state machine, signs and sends
 * webhooks, and injects faults; {@link io.github.wisecards.testing.WiseSimulatorExtension} starts
 * one for a JUnit 5 test.
 */
package io.github.wisecards.testing;

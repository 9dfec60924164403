/** A kiosk-card backend on Spring Boot, built on the Wise Cards starter (unpublished example). */
package io.github.wisecards.examples.boot;

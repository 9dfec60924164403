package io.github.wisecards.core.internal;

import io.github.wisecards.core.Environment;

/** Which of the environment's two hosts an endpoint lives on. */
public enum Host {
    /** The API host. */
    API,
    /** The card-data host (PIN preset). */
    CARD_DATA;

    /** Returns this host's base URL in {@code environment}. */
    public String baseUrl(Environment environment) {
        return this == API ? environment.apiBaseUrl() : environment.cardDataBaseUrl();
    }
}

package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When a client gives its share of the HTTP resources back: closed, and its last call ended. */
class CallsInFlightTest {
    // two users: the client under test and another one, so a second release would show
    private final HttpResources resources = HttpResources.create(null).share();

    @AfterEach
    void releaseAll() {
        while (!resources.isReleased()) {
            resources.release();
        }
    }

    /** Returns whether the client under test gave its share back (once: never the other user's). */
    private boolean released() {
        assertThat(resources.isReleased()).as("a share given back twice").isFalse();
        resources.release(); // the other user's share: the last one if the client gave its own back
        if (resources.isReleased()) {
            return true;
        }
        resources.share(); // the other user again
        return false;
    }

    @Test
    void closingWithNoCallInFlightGivesTheShareBackOnce() {
        CallsInFlight calls = new CallsInFlight(resources, true);

        calls.close();
        calls.close();

        assertThat(calls.isClosed()).isTrue();
        assertThat(released()).isTrue();
    }

    @Test
    void theLastCallToEndAfterCloseGivesTheShareBack() {
        CallsInFlight calls = new CallsInFlight(resources, true);
        calls.begin();
        calls.begin();
        calls.close();

        calls.end();
        assertThat(released()).isFalse(); // one call still in flight

        calls.end();
        assertThat(released()).isTrue();
    }

    @Test
    void callsEndingWhileTheClientIsOpenKeepTheShare() {
        CallsInFlight calls = new CallsInFlight(resources, true);
        calls.begin();
        calls.end();

        assertThat(calls.isClosed()).isFalse();
        assertThat(released()).isFalse();
    }

    @Test
    void aClientWithoutAShareNeverGivesOneBack() {
        CallsInFlight calls = new CallsInFlight(resources, false);
        calls.begin();
        calls.close();
        calls.end();

        assertThat(released()).isFalse();
        CallsInFlight idle = new CallsInFlight(resources, false);
        idle.close();
        assertThat(released()).isFalse();
    }

    @Test
    void noCallStartsAfterClose() {
        CallsInFlight calls = new CallsInFlight(resources, true);
        calls.close();

        assertThatThrownBy(calls::begin)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("client is closed");
    }
}

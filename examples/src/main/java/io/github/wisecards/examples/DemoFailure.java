package io.github.wisecards.examples;

/** A step of the demo did not see what it expected. */
final class DemoFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DemoFailure(String message) {
        super(message);
    }
}

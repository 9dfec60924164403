package io.github.wisecards.testing;

/** Thrown by a route to answer with an error; carries no stack trace. */
final class SimError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SimResponse response;

    private SimError(SimResponse response) {
        super("simulated error " + response.status(), null, false, false);
        this.response = response;
    }

    static SimError of(SimResponse response) {
        return new SimError(response);
    }

    static SimError notFound(String what) {
        return of(SimResponse.error(404, "error.not.found", what + " was not found", null));
    }

    static SimError badRequest(String code, String message, String path) {
        return of(SimResponse.error(400, code, message, path));
    }

    static SimError unprocessable(String code, String message, String path) {
        return of(SimResponse.error(422, code, message, path));
    }

    SimResponse response() {
        return response;
    }
}

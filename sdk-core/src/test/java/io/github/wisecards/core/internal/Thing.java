package io.github.wisecards.core.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A tiny response model for transport tests. */
record Thing(long id, String name) {
    @JsonCreator
    Thing(@JsonProperty("id") long id, @JsonProperty("name") String name) {
        this.id = id;
        this.name = name;
    }

    static final PathParam<String> ID = PathParam.text("thingId");
    static final Endpoint<Thing> GET = Endpoint.builder(
                    "GET", "/v1/things/{thingId}", ResponseDecoder.json(Thing.class))
            .pathParams(ID)
            .build();
    static final Endpoint<Thing> CREATE_WITHOUT_KEY = Endpoint.builder(
                    "POST", "/v1/things", ResponseDecoder.json(Thing.class))
            .build();
    static final Endpoint<Thing> CREATE = Endpoint.builder("POST", "/v1/things", ResponseDecoder.json(Thing.class))
            .idempotencyKey()
            .build();
    /** Starts a GET of the thing {@code id}. */
    static ApiRequest.Builder<Thing> get(Object id) {
        return GET.request().path(ID, String.valueOf(id));
    }

    static final String JSON = "{\"id\":7,\"name\":\"seven\"}";
}

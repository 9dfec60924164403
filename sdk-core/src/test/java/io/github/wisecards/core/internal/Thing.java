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

    static final Endpoint<Thing> GET = Endpoint.get("/v1/things/{thingId}", Thing.class);
    static final Endpoint<Thing> CREATE_WITHOUT_KEY = Endpoint.builder(
                    "POST", "/v1/things", ResponseDecoder.json(Thing.class))
            .build();
    static final Endpoint<Thing> CREATE = Endpoint.builder("POST", "/v1/things", ResponseDecoder.json(Thing.class))
            .idempotencyKey()
            .build();
    static final String JSON = "{\"id\":7,\"name\":\"seven\"}";
}

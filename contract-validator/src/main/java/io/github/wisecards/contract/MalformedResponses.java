package io.github.wisecards.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a test (or every test of a class) serves responses that break the contract on
 * purpose (HTML bodies, truncated or mistyped JSON, fuzzed fields), so that {@link ContractCheck}
 * does not fail it for them. Requests are still validated. Keep it on the narrowest scope: the
 * method, or a class whose every test is a fault or fuzz test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MalformedResponses {
    /** Why the responses are malformed, for reviewers; must not be blank. */
    String value();
}

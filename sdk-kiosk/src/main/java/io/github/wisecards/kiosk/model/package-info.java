/**
 * Models of kiosk card production: the production status, its request and production error
 * catalogues, and the parameters of produce and simulate.
 *
 * <p>Server values are open enums: a code this SDK version does not know keeps its raw string and
 * reports an {@code UNKNOWN} value instead of failing.
 */
package io.github.wisecards.kiosk.model;

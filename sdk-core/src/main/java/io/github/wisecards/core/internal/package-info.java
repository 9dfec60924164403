/**
 * SDK-internal transport, JSON, retries and logging. Not part of the public API: it can change in
 * any release and is exported only to the SDK's own modules.
 */
package io.github.wisecards.core.internal;

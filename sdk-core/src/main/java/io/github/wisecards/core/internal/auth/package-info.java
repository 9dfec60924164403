/** SDK-internal token providers. Not part of the public API. */
package io.github.wisecards.core.internal.auth;

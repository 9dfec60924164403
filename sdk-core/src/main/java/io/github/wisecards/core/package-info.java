/**
 * Core of the Wise Cards SDK: {@link io.github.wisecards.core.ClientOptions} shared by every
 * client, {@link io.github.wisecards.core.TokenProvider} authentication, per-call {@link
 * io.github.wisecards.core.RequestOptions}, raw-response views, pagination and open enums.
 */
package io.github.wisecards.core;

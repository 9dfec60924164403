/**
 * User tokens for partners acting for many Wise users from many instances: {@link
 * io.github.wisecards.core.tokens.UserTokens} (the per-user token provider), the {@link
 * io.github.wisecards.core.tokens.UserTokenStore} SPI with an in-memory and a JDBC implementation,
 * and the user grants ({@code refresh_token}, {@code registration_code}, {@code authorization_code}).
 */
package io.github.wisecards.core.tokens;

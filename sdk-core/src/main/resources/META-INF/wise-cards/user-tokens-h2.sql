-- Wise Cards SDK user tokens (JdbcUserTokenStore), H2 2.x (tested on 2.5).
-- One row per user: current access token + expiry, refresh token, refresh lease, refresh-rate window.
-- access_token and refresh_token hold AES-GCM ciphertext when the store has an encryption key.
-- The store's user needs SELECT, INSERT and UPDATE on this table (no DELETE, no DDL).
CREATE TABLE IF NOT EXISTS wise_user_tokens (
    user_key          VARCHAR(128)  NOT NULL PRIMARY KEY,
    access_token      VARCHAR(4096),
    access_expires_ms BIGINT,
    refresh_token     VARCHAR(4096),
    lease_owner       VARCHAR(64),
    lease_until_ms    BIGINT,
    window_start_ms   BIGINT,
    window_refreshes  INTEGER       NOT NULL,
    version           BIGINT        NOT NULL
);

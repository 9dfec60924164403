-- Wise Cards SDK user tokens (JdbcUserTokenStore), MariaDB 10.4 or later (tested on 10.11) and
-- MySQL 8.0 or later (untested). InnoDB is required.
-- One row per user: current access token + expiry, refresh token, refresh lease, refresh-rate window.
-- access_token and refresh_token hold AES-GCM ciphertext when the store has an encryption key.
-- The store's user needs SELECT, INSERT and UPDATE on this table (no DELETE, no DDL).
CREATE TABLE IF NOT EXISTS wise_user_tokens (
    user_key          VARCHAR(128)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    access_token      VARCHAR(4096) CHARACTER SET ascii COLLATE ascii_bin,
    access_expires_ms BIGINT,
    refresh_token     VARCHAR(4096) CHARACTER SET ascii COLLATE ascii_bin,
    lease_owner       VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin,
    lease_until_ms    BIGINT,
    window_start_ms   BIGINT,
    window_refreshes  INT           NOT NULL,
    version           BIGINT        NOT NULL
) ENGINE = InnoDB;

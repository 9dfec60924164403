-- Wise Cards SDK webhook inbox (JdbcSeenKeyStore), MariaDB 10.4 or later (tested on 10.11) and
-- MySQL 8.0.16 or later (untested). InnoDB is required (row locks, transactions).
-- One row per event key: CLAIMED (owner + lease) or DONE. The store's user needs
-- SELECT, INSERT, UPDATE and DELETE on this table (DELETE only for purgeExpired()).
CREATE TABLE IF NOT EXISTS wise_webhook_inbox (
    event_key      VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    status         VARCHAR(8)   CHARACTER SET ascii NOT NULL CHECK (status IN ('CLAIMED', 'DONE')),
    claim_owner    VARCHAR(64)  CHARACTER SET ascii NOT NULL,
    lease_until_ms BIGINT       NOT NULL,
    updated_at_ms  BIGINT       NOT NULL,
    INDEX wise_webhook_inbox_updated_at (updated_at_ms)
) ENGINE = InnoDB;

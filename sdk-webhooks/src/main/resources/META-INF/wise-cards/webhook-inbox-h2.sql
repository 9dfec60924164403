-- Wise Cards SDK webhook inbox (JdbcSeenKeyStore), H2 2.x (tested on 2.3).
-- One row per event key: CLAIMED (owner + lease) or DONE. The store's user needs
-- SELECT, INSERT, UPDATE and DELETE on this table (DELETE only for purgeExpired()).
CREATE TABLE IF NOT EXISTS wise_webhook_inbox (
    event_key      VARCHAR(128) NOT NULL PRIMARY KEY,
    status         VARCHAR(8)   NOT NULL CHECK (status IN ('CLAIMED', 'DONE')),
    claim_owner    VARCHAR(64)  NOT NULL,
    lease_until_ms BIGINT       NOT NULL,
    updated_at_ms  BIGINT       NOT NULL
);
CREATE INDEX IF NOT EXISTS wise_webhook_inbox_updated_at ON wise_webhook_inbox (updated_at_ms);

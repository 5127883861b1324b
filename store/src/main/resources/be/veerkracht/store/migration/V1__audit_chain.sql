-- The audit chain: who did what and when, append-only and hash-linked (docs/audit-chain.md).
-- One script for H2 (in PostgreSQL mode) and PostgreSQL 15+.

CREATE TABLE audit_entry (
    seq        BIGINT                      NOT NULL PRIMARY KEY,
    at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    actor      VARCHAR                     NOT NULL,
    action     VARCHAR                     NOT NULL,
    subject    VARCHAR                     NOT NULL,
    details    VARCHAR                     NOT NULL,
    prev_hash  VARCHAR(64)                 NOT NULL,
    hash       VARCHAR(64)                 NOT NULL,
    CONSTRAINT audit_entry_seq_positive CHECK (seq >= 1)
);

-- The chain's last link, one row. An appender locks it (SELECT ... FOR UPDATE) to take the next seq, so
-- concurrent appenders queue instead of forking the chain; verify() compares it with the last entry, so
-- entries deleted from the end are noticed too.
CREATE TABLE audit_head (
    id    SMALLINT    NOT NULL PRIMARY KEY,
    seq   BIGINT      NOT NULL,
    hash  VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);

INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

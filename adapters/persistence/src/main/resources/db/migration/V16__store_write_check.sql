-- One row the health check rewrites now and then: proof that the store can still commit a write
-- (a full disk or a read-only database passes a read but fails this).
CREATE TABLE store_write_check (
    id         INT PRIMARY KEY,
    written_at BIGINT NOT NULL
);
INSERT INTO store_write_check (id, written_at) VALUES (1, 0);

-- The off-chain copy of every committed chaincode event, followed from the ledger with a durable
-- checkpoint: the event and the checkpoint are written in one transaction, so after a restart the
-- follower resumes exactly after the last event it stored (none missed, none twice).

CREATE TABLE ledger_event (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  block_number   BIGINT       NOT NULL,
  transaction_id VARCHAR(128) NOT NULL,
  name           VARCHAR(100) NOT NULL,
  payload        MEDIUMTEXT   NOT NULL,
  received_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_ledger_event_tx (transaction_id, name),
  KEY idx_ledger_event_block (block_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ledger_checkpoint (
  follower       VARCHAR(64)  NOT NULL,
  block_number   BIGINT       NOT NULL,
  transaction_id VARCHAR(128) NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (follower)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Exports: what was pushed to the national traceability portal, and where the push resumes.
-- Times are DATETIME(6) holding UTC; text is stored NFC-normalised.

-- One row per portal: the last passport delivered, in (changed_at, lot_id) order. A push run starts after it,
-- so a restart neither skips nor repeats an accepted batch.
CREATE TABLE portal_push_cursor (
  portal      VARCHAR(64)  NOT NULL COMMENT 'Name of the push adapter, e.g. https',
  changed_at  DATETIME(6)  NOT NULL COMMENT 'changedAt of the last delivered passport',
  lot_id      BIGINT       NOT NULL COMMENT 'Lot id of the last delivered passport (ties on changed_at)',
  updated_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (portal)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every delivery attempt of a batch, whatever its outcome.
CREATE TABLE portal_push_log (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  portal          VARCHAR(64)  NOT NULL,
  batch_id        CHAR(64)     NOT NULL COMMENT 'SHA-256 of the batch content; sent as Idempotency-Key',
  passport_count  INT          NOT NULL,
  first_lot_id    BIGINT       NOT NULL,
  last_lot_id     BIGINT       NOT NULL,
  last_changed_at DATETIME(6)  NOT NULL,
  outcome         ENUM('ACCEPTED','REFUSED','UNREACHABLE') NOT NULL,
  attempts        INT          NOT NULL,
  http_status     INT          NULL,
  receipt         VARCHAR(500) NULL COMMENT 'What the portal answered on acceptance',
  error           VARCHAR(1000) NULL,
  started_at      DATETIME(6)  NOT NULL,
  finished_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_portal_push_log_portal (portal, id),
  KEY idx_portal_push_log_batch (batch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The passports of each accepted batch, with the record hash they had when sent.
CREATE TABLE portal_push_item (
  log_id      BIGINT   NOT NULL,
  lot_id      BIGINT   NOT NULL,
  record_hash CHAR(64) NOT NULL,
  PRIMARY KEY (log_id, lot_id),
  KEY idx_portal_push_item_lot (lot_id),
  CONSTRAINT fk_portal_push_item_log FOREIGN KEY (log_id) REFERENCES portal_push_log (id),
  CONSTRAINT fk_portal_push_item_lot FOREIGN KEY (lot_id) REFERENCES lot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

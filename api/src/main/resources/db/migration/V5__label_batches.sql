-- Label batches: the serials printed on unit labels, so a scanned serial can be proven issued (its
-- batch's Merkle root is on the ledger) or shown as voided or unknown.

CREATE TABLE label_batch (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  batch_id      VARCHAR(40)  NOT NULL COMMENT 'Public id, also the key of the batch on the ledger',
  lot_id        BIGINT       NOT NULL,
  label_count   INT          NOT NULL,
  merkle_root   CHAR(64)     NOT NULL COMMENT 'Root of the serials as docs/chaincode.md specifies',
  created_by    BIGINT       NOT NULL,
  ledger_status ENUM('PENDING','COMMITTED','FAILED') NOT NULL DEFAULT 'PENDING',
  ledger_error  VARCHAR(1000) NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_label_batch_batch_id (batch_id),
  KEY idx_label_batch_lot (lot_id),
  CONSTRAINT fk_label_batch_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
  CONSTRAINT fk_label_batch_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE label_serial (
  serial      VARCHAR(20)  NOT NULL COMMENT 'GS1 AI (21), unguessable',
  batch_id    BIGINT       NOT NULL,
  position    INT          NOT NULL COMMENT 'Order of printing within the batch, from 1',
  voided_at   DATETIME(6)  NULL,
  void_reason VARCHAR(500) NULL,
  PRIMARY KEY (serial),
  KEY idx_label_serial_batch (batch_id, position),
  CONSTRAINT fk_label_serial_batch FOREIGN KEY (batch_id) REFERENCES label_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE ledger_outbox
  MODIFY subject_type ENUM('ORGANISATION','PRODUCT','LOT','LEDGER','TRACE_EVENT','RECALL','LABEL_BATCH') NOT NULL;

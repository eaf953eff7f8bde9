-- Producers: organisations' legal form, sessions that can be ended, product passports in full, lot custody,
-- EPCIS journey events with their attachments, recalls, remembered lot defaults and idempotent POSTs.
-- Times are DATETIME(6) holding UTC; text is stored NFC-normalised.

ALTER TABLE organisation
  ADD COLUMN legal_form ENUM('COOPERATIVE','HOUSEHOLD','COMPANY') NULL
    COMMENT 'Producers only: co-operative, household business or company' AFTER kind;

-- A session token carries its issue instant (ms); tokens issued before sessions_valid_after are refused
-- (password change, deactivation). Single sessions are ended through revoked_session.
ALTER TABLE app_user
  ADD COLUMN sessions_valid_after DATETIME(6) NULL AFTER active,
  ADD COLUMN password_changed_at  DATETIME(6) NULL AFTER sessions_valid_after;

CREATE TABLE revoked_session (
  session_id  CHAR(32)    NOT NULL COMMENT 'The sid claim of a signed session token',
  user_id     BIGINT      NOT NULL,
  expires_at  DATETIME(6) NOT NULL COMMENT 'When the token expires anyway; older rows may be deleted',
  revoked_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (session_id),
  KEY idx_revoked_session_expiry (expires_at),
  CONSTRAINT fk_revoked_session_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE product
  ADD COLUMN gtin_source ENUM('GS1','INTERNAL') NOT NULL DEFAULT 'GS1'
    COMMENT 'INTERNAL: allocated from the platform''s restricted-circulation range' AFTER gtin,
  ADD COLUMN lot_code VARCHAR(8) NULL COMMENT 'Short code that starts suggested lot numbers, e.g. CF' AFTER net_content,
  ADD COLUMN ocop_certificate_number VARCHAR(100) NULL AFTER ocop_stars,
  ADD COLUMN ocop_issue_date  DATE NULL AFTER ocop_certificate_number,
  ADD COLUMN ocop_expiry_date DATE NULL AFTER ocop_issue_date,
  ADD COLUMN mark_kind ENUM('GEOGRAPHICAL_INDICATION','COLLECTIVE_MARK','CERTIFICATION_MARK') NULL AFTER ocop_expiry_date,
  ADD COLUMN mark_name VARCHAR(200) NULL AFTER mark_kind,
  ADD COLUMN mark_certificate_number VARCHAR(100) NULL AFTER mark_name,
  ADD COLUMN mark_holder VARCHAR(200) NULL AFTER mark_certificate_number,
  ADD COLUMN ingredients VARCHAR(1000) NULL AFTER mark_holder,
  ADD COLUMN allergens VARCHAR(500) NULL AFTER ingredients,
  ADD COLUMN storage VARCHAR(500) NULL AFTER allergens,
  ADD COLUMN ledger_tx_id VARCHAR(128) NULL AFTER ledger_status,
  ADD COLUMN ledger_error VARCHAR(1000) NULL AFTER ledger_tx_id,
  ADD COLUMN updated_at DATETIME(6) NULL AFTER created_at;

ALTER TABLE ledger_outbox
  MODIFY COLUMN subject_type ENUM('ORGANISATION','PRODUCT','LOT','LEDGER','TRACE_EVENT','RECALL') NOT NULL;

-- Where a lot is and who holds it, as this database last knew it (the ledger is the authority). A lot
-- without a row here is ACTIVE and held by its owner.
CREATE TABLE lot_custody (
  lot_id                   BIGINT NOT NULL,
  status                   ENUM('ACTIVE','IN_TRANSIT','CONSUMED','RECALLED','DESTROYED') NOT NULL,
  custodian_organisation_id BIGINT NOT NULL,
  receiver_organisation_id BIGINT NULL COMMENT 'Set while a shipment is open',
  updated_at               DATETIME(6) NOT NULL,
  PRIMARY KEY (lot_id),
  KEY idx_lot_custody_custodian (custodian_organisation_id),
  KEY idx_lot_custody_receiver (receiver_organisation_id),
  CONSTRAINT fk_lot_custody_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
  CONSTRAINT fk_lot_custody_custodian FOREIGN KEY (custodian_organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_lot_custody_receiver FOREIGN KEY (receiver_organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One EPCIS 2.0 event as captured, its CBV 2.0 event hash and the pre-hash string it was computed from.
CREATE TABLE trace_event (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  event_hash         VARCHAR(100) NOT NULL COMMENT 'ni:///sha-256;<hex>?ver=CBV2.0',
  kind               ENUM('SHIPPING','RECEIVING','PROCESSING','QUALITY_CHECK') NOT NULL,
  epcis_type         VARCHAR(32)  NOT NULL,
  biz_step           VARCHAR(64)  NOT NULL,
  event_time         DATETIME(6)  NOT NULL,
  epcis_json         LONGTEXT     NOT NULL COMMENT 'The EPCIS 2.0 JSON-LD event as stored and hashed',
  pre_hash           LONGTEXT     NOT NULL,
  hash_algorithm     VARCHAR(100) NOT NULL,
  organisation_id    BIGINT       NOT NULL COMMENT 'Who recorded it',
  recorded_by        BIGINT       NOT NULL,
  receiver_organisation_id BIGINT NULL,
  note               VARCHAR(1000) NULL,
  attachment_name    VARCHAR(200) NULL,
  attachment_type    VARCHAR(100) NULL,
  attachment_sha256  CHAR(64)     NULL,
  attachment_path    VARCHAR(500) NULL COMMENT 'Relative to the data folder',
  ledger_status      ENUM('PENDING','COMMITTED','FAILED') NOT NULL DEFAULT 'PENDING',
  ledger_tx_id       VARCHAR(128) NULL,
  ledger_block       BIGINT       NULL,
  ledger_error       VARCHAR(1000) NULL,
  created_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_trace_event_hash (event_hash),
  CONSTRAINT fk_trace_event_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_trace_event_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
  CONSTRAINT fk_trace_event_receiver FOREIGN KEY (receiver_organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The lots an event names: the subject of an ObjectEvent, or the inputs and outputs of a transformation
-- (one step back, one step forward).
CREATE TABLE trace_event_lot (
  event_id BIGINT NOT NULL,
  lot_id   BIGINT NOT NULL,
  role     ENUM('SUBJECT','INPUT','OUTPUT') NOT NULL,
  PRIMARY KEY (event_id, lot_id),
  KEY idx_trace_event_lot_lot (lot_id),
  CONSTRAINT fk_trace_event_lot_event FOREIGN KEY (event_id) REFERENCES trace_event (id),
  CONSTRAINT fk_trace_event_lot_lot FOREIGN KEY (lot_id) REFERENCES lot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lot_recall (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  lot_id          BIGINT        NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  organisation_id BIGINT        NOT NULL,
  recalled_by     BIGINT        NOT NULL,
  ledger_status   ENUM('PENDING','COMMITTED','FAILED') NOT NULL DEFAULT 'PENDING',
  ledger_tx_id    VARCHAR(128)  NULL,
  ledger_error    VARCHAR(1000) NULL,
  created_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_lot_recall_lot (lot_id),
  CONSTRAINT fk_lot_recall_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
  CONSTRAINT fk_lot_recall_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_lot_recall_user FOREIGN KEY (recalled_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What an organisation entered for its last lot of a product, so the next one is prefilled.
CREATE TABLE lot_defaults (
  organisation_id  BIGINT        NOT NULL,
  product_id       BIGINT        NOT NULL,
  last_lot_number  VARCHAR(20)   NOT NULL,
  quantity         DECIMAL(18,3) NOT NULL,
  unit             VARCHAR(16)   NOT NULL,
  shelf_life_days  INT           NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (organisation_id, product_id),
  CONSTRAINT fk_lot_defaults_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_lot_defaults_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A POST retried with the same Idempotency-Key by the same account gets the first answer again.
CREATE TABLE idempotent_request (
  user_id          BIGINT       NOT NULL,
  idempotency_key  VARCHAR(128) NOT NULL,
  request_hash     CHAR(64)     NOT NULL COMMENT 'SHA-256 of method, path and body',
  response_status  INT          NULL COMMENT 'NULL while the first request is still running',
  response_body    LONGTEXT     NULL,
  response_location VARCHAR(500) NULL,
  created_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (user_id, idempotency_key),
  CONSTRAINT fk_idempotent_request_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

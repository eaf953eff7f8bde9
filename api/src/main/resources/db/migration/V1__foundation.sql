-- Foundation schema: organisations and their people, products, lots, and the ledger outbox.
-- Times are DATETIME(6) holding UTC, written from the application clock.
-- Text columns are utf8mb4 and the application stores them NFC-normalised.

CREATE TABLE organisation (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  msp_id      VARCHAR(64)  NOT NULL COMMENT 'Ledger identity: the Fabric MSP id this organisation acts as',
  name        VARCHAR(200) NOT NULL,
  kind        ENUM('AGENCY','PRODUCER','SCHOOL_KITCHEN') NOT NULL,
  province    VARCHAR(100) NOT NULL,
  district    VARCHAR(100) NULL COMMENT 'Former district (abolished July 2025), kept so older certificates match',
  commune     VARCHAR(100) NULL,
  ledger_status ENUM('PENDING','COMMITTED','FAILED') NOT NULL DEFAULT 'PENDING',
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_organisation_msp (msp_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT       NOT NULL,
  username        VARCHAR(64)  NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  password_hash   VARCHAR(255) NOT NULL COMMENT 'Argon2id, PHC string format',
  roles           VARCHAR(255) NOT NULL COMMENT 'Comma-separated role names',
  active          TINYINT(1)   NOT NULL DEFAULT 1,
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_app_user_username (username),
  CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT       NOT NULL,
  gtin            CHAR(14)     NOT NULL COMMENT 'GTIN-14 with a verified check digit',
  name            VARCHAR(200) NOT NULL,
  category        VARCHAR(100) NOT NULL,
  description     TEXT         NULL,
  net_content     VARCHAR(50)  NULL,
  ocop_stars      TINYINT      NULL,
  ledger_status   ENUM('PENDING','COMMITTED','FAILED') NOT NULL DEFAULT 'PENDING',
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_product_gtin (gtin),
  CONSTRAINT fk_product_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lot (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  product_id       BIGINT        NOT NULL,
  lot_number       VARCHAR(20)   NOT NULL COMMENT 'GS1 AI (10)',
  production_date  DATE          NOT NULL,
  best_before_date DATE          NULL,
  quantity         DECIMAL(18,3) NOT NULL,
  unit             VARCHAR(16)   NOT NULL,
  record_hash      CHAR(64)      NOT NULL COMMENT 'SHA-256 of the canonical off-chain lot record',
  registered_by    BIGINT        NOT NULL,
  ledger_status    ENUM('PENDING','COMMITTED','FAILED') NOT NULL DEFAULT 'PENDING',
  ledger_tx_id     VARCHAR(128)  NULL,
  ledger_block     BIGINT        NULL,
  ledger_error     VARCHAR(1000) NULL,
  created_at       DATETIME(6)  NOT NULL,
  committed_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_lot_product_number (product_id, lot_number),
  CONSTRAINT fk_lot_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_lot_registered_by FOREIGN KEY (registered_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ledger writes are recorded here in the same database transaction as the business row, and a relay
-- submits them in id order, so a write is never lost between the database and the ledger.
CREATE TABLE ledger_outbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  subject_type    ENUM('ORGANISATION','PRODUCT','LOT','LEDGER') NOT NULL,
  subject_id      BIGINT       NULL,
  function_name   VARCHAR(64)  NOT NULL,
  arguments       LONGTEXT     NOT NULL COMMENT 'JSON array of string arguments',
  submitter_msp_id VARCHAR(64) NOT NULL,
  status          ENUM('PENDING','DONE','FAILED') NOT NULL DEFAULT 'PENDING',
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NOT NULL,
  last_error      VARCHAR(1000) NULL,
  tx_id           VARCHAR(128) NULL,
  block_number    BIGINT       NULL,
  created_at      DATETIME(6) NOT NULL,
  done_at         DATETIME(6) NULL,
  PRIMARY KEY (id),
  KEY idx_ledger_outbox_pending (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

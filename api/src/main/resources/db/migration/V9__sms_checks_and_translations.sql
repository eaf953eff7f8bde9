-- Field conditions: label checks by SMS from feature phones, a count of checks per label serial (QR scans
-- and SMS alike), and translations of product and producer texts entered by the producer.

-- The SMS code printed next to the QR is the first 8 characters of the label's serial (see
-- vn.xuatxu.api.passport.sms.domain.SmsCode). Stored so it can be looked up by index and kept unique:
-- a batch never issues a serial whose first 8 characters another issued serial already has.
ALTER TABLE label_serial
  ADD COLUMN sms_code CHAR(8) NULL COMMENT 'First 8 characters of the serial, typed in an SMS check' AFTER serial;
UPDATE label_serial SET sms_code = LEFT(serial, 8) WHERE CHAR_LENGTH(serial) >= 8;
ALTER TABLE label_serial ADD UNIQUE KEY uq_label_serial_sms_code (sms_code);

-- How often each issued label was checked, by any channel: the clone warning and the SMS "checked many
-- times" reply read the same count. No personal data: counts and times only.
CREATE TABLE label_serial_check (
  serial           VARCHAR(20) NOT NULL,
  qr_checks        INT         NOT NULL DEFAULT 0,
  sms_checks       INT         NOT NULL DEFAULT 0,
  first_checked_at DATETIME(6) NOT NULL,
  last_checked_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (serial),
  CONSTRAINT fk_label_serial_check_serial FOREIGN KEY (serial) REFERENCES label_serial (serial)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every SMS check that reached the gateway webhook or an SMPP link, for the agency's log and for the
-- per-sender rate limit. The sender's number is kept as a keyed hash (to count per sender) and masked
-- (to show the agency which network it came from without listing people's numbers).
CREATE TABLE sms_check (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  received_at   DATETIME(6)  NOT NULL,
  gateway       VARCHAR(40)  NOT NULL COMMENT 'Which gateway or link delivered the message',
  sender_hash   CHAR(64)     NOT NULL COMMENT 'HMAC-SHA-256 of the normalised number',
  sender_masked VARCHAR(20)  NOT NULL COMMENT 'e.g. +8491****567',
  message       VARCHAR(160) NOT NULL COMMENT 'The text received, shortened',
  sms_code      CHAR(8)      NULL,
  serial        VARCHAR(20)  NULL,
  verdict       ENUM('GENUINE','CHECKED_MANY_TIMES','VOIDED','RECALLED','UNKNOWN','MALFORMED','RATE_LIMITED') NOT NULL,
  reply         VARCHAR(160) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_sms_check_sender (sender_hash, received_at),
  KEY idx_sms_check_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Product texts in other languages, entered by the producer. Vietnamese stays in product itself and is
-- always shown; mandatory label items are never translated here.
CREATE TABLE product_translation (
  product_id  BIGINT        NOT NULL,
  language    VARCHAR(12)   NOT NULL COMMENT 'BCP 47 tag, lower case: en, zh, th, hmn, blt (Tai Dam)…',
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(2000) NULL,
  updated_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (product_id, language),
  CONSTRAINT fk_product_translation_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The producer's name as readers of other languages know it, e.g. "Muong Ang Coffee Cooperative"; the
-- registered Vietnamese name stays shown beside it.
CREATE TABLE organisation_translation (
  organisation_id BIGINT        NOT NULL,
  language        VARCHAR(12)   NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (organisation_id, language),
  CONSTRAINT fk_organisation_translation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

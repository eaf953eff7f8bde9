-- Clone detection and reports from buyers (issue 8).

-- Where each issued label was checked, coarsely: a province or a country from the configured address-prefix
-- table (or the CDN's country header when trusted), never an address. A "place jump" is a check from another
-- place than the previous check within the configured window: one label in two provinces within the hour
-- is one label copied.
ALTER TABLE label_serial_check
  ADD COLUMN first_place  VARCHAR(80) NULL COMMENT 'Coarse place of the first check (province or country)' AFTER last_checked_at,
  ADD COLUMN last_place   VARCHAR(80) NULL COMMENT 'Coarse place of the latest check' AFTER first_place,
  ADD COLUMN place_jumps  INT         NOT NULL DEFAULT 0 COMMENT 'Checks from another place than the previous one, soon after it' AFTER last_place;

-- A problem a buyer reported from a passport page. It reaches the producer (organisation_id) and the agency.
-- The reporter's contact is optional and the only personal data; their network address is never stored.
CREATE TABLE problem_report (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT        NOT NULL COMMENT 'The producer of the reported product',
  gtin            CHAR(14)      NOT NULL,
  lot_number      VARCHAR(20)   NULL,
  serial          VARCHAR(20)   NULL,
  kind            ENUM('COUNTERFEIT','QUALITY','WRONG_INFORMATION','OTHER') NOT NULL,
  message         VARCHAR(2000) NOT NULL,
  contact         VARCHAR(200)  NULL,
  place           VARCHAR(80)   NULL COMMENT 'Coarse place of the report, as for label checks',
  language        VARCHAR(12)   NOT NULL,
  received_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_problem_report_organisation (organisation_id, received_at),
  KEY idx_problem_report_received (received_at),
  CONSTRAINT fk_problem_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

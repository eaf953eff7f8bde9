-- School kitchen, issue 9 continued: quick person switching on the shared tablet, legal holds on samples,
-- and notes on how the day's dishes differed from the menu. Times are DATETIME(6) holding UTC; text NFC.

-- A kitchen person's short PIN (4–6 digits), hashed like a password (Argon2id, PHC string).
CREATE TABLE kitchen_pin (
  user_id     BIGINT       NOT NULL,
  pin_hash    VARCHAR(255) NOT NULL,
  set_by      BIGINT       NOT NULL COMMENT 'the person, or their kitchen manager',
  set_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT fk_kitchen_pin_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_kitchen_pin_set_by FOREIGN KEY (set_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who is working on a shared tablet: the signed-in session (its token's session id) acts as this person
-- until someone else switches with their PIN or the session ends.
CREATE TABLE kitchen_tablet_person (
  session_id  VARCHAR(64)  NOT NULL,
  user_id     BIGINT       NOT NULL,
  since       DATETIME(6)  NOT NULL,
  PRIMARY KEY (session_id),
  CONSTRAINT fk_kitchen_tablet_person_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A legal hold (suspected food poisoning, or an authority's request) on every sample taken in a date range.
-- Lifted only with the authority's reference. Placed and lifted by the kitchen manager or the agency.
CREATE TABLE kitchen_sample_hold (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id   BIGINT       NOT NULL,
  day_from          DATE         NOT NULL,
  day_to            DATE         NOT NULL,
  reason            VARCHAR(500) NOT NULL,
  placed_at         DATETIME(6)  NOT NULL,
  placed_by         BIGINT       NOT NULL,
  placed_by_name    VARCHAR(200) NOT NULL,
  released_at       DATETIME(6)  NULL,
  release_reference VARCHAR(300) NULL,
  released_by       BIGINT       NULL,
  released_by_name  VARCHAR(200) NULL,
  PRIMARY KEY (id),
  KEY idx_kitchen_sample_hold_days (organisation_id, day_from, day_to),
  CONSTRAINT fk_kitchen_sample_hold_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_sample_hold_placed_by FOREIGN KEY (placed_by) REFERENCES app_user (id),
  CONSTRAINT fk_kitchen_sample_hold_released_by FOREIGN KEY (released_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What was cooked or served differently from the day's menu, and why (Form 3 column 10, rule §5.19).
-- dish_name names the menu dish the note explains, when it is about one dish.
CREATE TABLE kitchen_menu_deviation (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT       NOT NULL,
  day             DATE         NOT NULL,
  meal            VARCHAR(20)  NOT NULL,
  dish_name       VARCHAR(200) NULL,
  note            VARCHAR(500) NOT NULL,
  entered_by      BIGINT       NOT NULL,
  entered_by_name VARCHAR(200) NOT NULL,
  entered_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_kitchen_menu_deviation_day (organisation_id, day),
  CONSTRAINT fk_kitchen_menu_deviation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_menu_deviation_user FOREIGN KEY (entered_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

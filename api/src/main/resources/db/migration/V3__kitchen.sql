-- School kitchen records (Decision 1246/QĐ-BYT forms 1–5): what a kitchen prepares once (suppliers,
-- dishes, the day's menu), the rows of the three-step check, the retained food samples, and the closed
-- versions of each day with the hash anchored on the ledger.
-- Rows are append-only: a mistake is struck out (voided_* with a reason), never updated or deleted, so any
-- closed version can be rebuilt exactly from the rows that existed when it was closed.
-- Times are DATETIME(6) holding UTC; the forms show them in Asia/Ho_Chi_Minh. Text is stored NFC.
-- Closed sets (meal, pass/fail, units …) are VARCHAR with CHECK constraints holding the names of the
-- school-kitchen module's enums.

CREATE TABLE kitchen_supplier (
  id                      BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id         BIGINT       NOT NULL COMMENT 'The school kitchen that buys from this supplier',
  business_name           VARCHAR(200) NOT NULL,
  address                 VARCHAR(300) NOT NULL COMMENT 'Business address; shown publicly',
  phone                   VARCHAR(50)  NULL COMMENT 'Printed on Form 1 only; never shown publicly (may be a personal mobile)',
  certificate_type        VARCHAR(200) NULL COMMENT 'e.g. Giấy chứng nhận cơ sở đủ điều kiện ATTP',
  certificate_number      VARCHAR(100) NULL,
  certificate_issuer      VARCHAR(200) NULL,
  certificate_valid_until DATE         NULL,
  veterinary_ref          VARCHAR(100) NULL COMMENT 'Default veterinary registration for animal-origin food',
  created_by              BIGINT       NOT NULL,
  created_at              DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kitchen_supplier_name (organisation_id, business_name),
  CONSTRAINT fk_kitchen_supplier_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_supplier_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kitchen_dish (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT       NOT NULL,
  name            VARCHAR(200) NOT NULL,
  kind            VARCHAR(40)  NOT NULL COMMENT 'DishKind: decides the sample minimum (100 g or 150 ml)',
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kitchen_dish_name (organisation_id, name),
  CONSTRAINT ck_kitchen_dish_kind CHECK (kind IN ('SOLID','READY_TO_EAT_VEGETABLE_OR_FRUIT','LIQUID')),
  CONSTRAINT fk_kitchen_dish_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kitchen_menu_item (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT      NOT NULL,
  day             DATE        NOT NULL COMMENT 'The school day (Asia/Ho_Chi_Minh)',
  meal            VARCHAR(20) NOT NULL,
  meal_time       TIME        NOT NULL COMMENT 'Planned eating time, local',
  dish_id         BIGINT      NOT NULL,
  servings        INT         NOT NULL COMMENT 'Planned servings; the default for Forms 2–5',
  created_by      BIGINT      NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kitchen_menu_item (organisation_id, day, meal, dish_id),
  CONSTRAINT ck_kitchen_menu_item_meal CHECK (meal IN ('BREAKFAST','LUNCH','AFTERNOON_SNACK','DINNER')),
  CONSTRAINT ck_kitchen_menu_item_servings CHECK (servings > 0),
  CONSTRAINT fk_kitchen_menu_item_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_menu_item_dish FOREIGN KEY (dish_id) REFERENCES kitchen_dish (id),
  CONSTRAINT fk_kitchen_menu_item_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Form 1, tables I (FRESH) and II (PACKAGED): one row per delivered food.
CREATE TABLE kitchen_receipt (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  organisation_id      BIGINT        NOT NULL,
  day                  DATE          NOT NULL,
  receiving_table      VARCHAR(10)   NOT NULL,
  food_name            VARCHAR(200)  NOT NULL,
  animal_origin        TINYINT(1)    NOT NULL DEFAULT 0,
  received_at          DATETIME(6)   NOT NULL,
  quantity             DECIMAL(12,3) NOT NULL,
  unit                 VARCHAR(12)   NOT NULL,
  supplier_id          BIGINT        NOT NULL,
  delivered_by         VARCHAR(200)  NOT NULL COMMENT 'Personal data: printed on Form 1, never public',
  invoice_ref          VARCHAR(100)  NOT NULL,
  veterinary_ref       VARCHAR(100)  NULL,
  veterinary_na        VARCHAR(300)  NULL COMMENT 'Reason the veterinary paper does not apply',
  quarantine_ref       VARCHAR(100)  NULL,
  quarantine_na        VARCHAR(300)  NULL,
  sensory              VARCHAR(4)    NULL COMMENT 'Table I: PASS or FAIL',
  rapid_test           VARCHAR(8)    NULL COMMENT 'Table I: PASS, FAIL or NOT_DONE',
  manufacturer         VARCHAR(200)  NULL COMMENT 'Table II',
  manufacturer_address VARCHAR(300)  NULL,
  expiry_date          DATE          NULL,
  storage              VARCHAR(8)    NULL,
  lot_number           VARCHAR(50)   NULL,
  label_check          VARCHAR(4)    NULL COMMENT 'Table II: PASS or FAIL',
  decision             VARCHAR(8)    NOT NULL,
  action_note          VARCHAR(500)  NULL,
  entered_by           BIGINT        NOT NULL,
  entered_by_name      VARCHAR(200)  NOT NULL COMMENT 'Checker name as printed on the form header',
  entered_at           DATETIME(6)   NOT NULL COMMENT 'Server time of the entry',
  voided_at            DATETIME(6)   NULL,
  voided_by            BIGINT        NULL,
  void_reason          VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY idx_kitchen_receipt_day (organisation_id, day),
  CONSTRAINT ck_kitchen_receipt_table CHECK (receiving_table IN ('FRESH','PACKAGED')),
  CONSTRAINT ck_kitchen_receipt_unit CHECK (unit IN ('KILOGRAM','GRAM','LITRE','MILLILITRE','PIECE','PACKAGE')),
  CONSTRAINT ck_kitchen_receipt_decision CHECK (decision IN ('ACCEPTED','REJECTED')),
  CONSTRAINT ck_kitchen_receipt_quantity CHECK (quantity > 0),
  CONSTRAINT fk_kitchen_receipt_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_receipt_supplier FOREIGN KEY (supplier_id) REFERENCES kitchen_supplier (id),
  CONSTRAINT fk_kitchen_receipt_entered_by FOREIGN KEY (entered_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Form 2: one row per dish cooked.
CREATE TABLE kitchen_cooking (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id     BIGINT       NOT NULL,
  day                 DATE         NOT NULL,
  meal                VARCHAR(20)  NOT NULL,
  meal_time           TIME         NOT NULL,
  dish_id             BIGINT       NOT NULL,
  servings            INT          NOT NULL,
  prep_finished_at    DATETIME(6)  NOT NULL,
  cooking_finished_at DATETIME(6)  NOT NULL,
  handlers            VARCHAR(4)   NOT NULL,
  handlers_note       VARCHAR(300) NULL,
  equipment           VARCHAR(4)   NOT NULL,
  equipment_note      VARCHAR(300) NULL,
  area                VARCHAR(4)   NOT NULL,
  area_note           VARCHAR(300) NULL,
  sensory             VARCHAR(4)   NOT NULL,
  action_note         VARCHAR(500) NULL,
  entered_by          BIGINT       NOT NULL,
  entered_by_name     VARCHAR(200) NOT NULL,
  entered_at          DATETIME(6)  NOT NULL,
  voided_at           DATETIME(6)  NULL,
  voided_by           BIGINT       NULL,
  void_reason         VARCHAR(500) NULL,
  PRIMARY KEY (id),
  KEY idx_kitchen_cooking_day (organisation_id, day),
  CONSTRAINT fk_kitchen_cooking_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_cooking_dish FOREIGN KEY (dish_id) REFERENCES kitchen_dish (id),
  CONSTRAINT fk_kitchen_cooking_entered_by FOREIGN KEY (entered_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Form 2 column 4: the ingredients of a cooked dish, each from a Form 1 row or from the school's store.
CREATE TABLE kitchen_cooking_ingredient (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  cooking_id BIGINT        NOT NULL,
  position   INT           NOT NULL,
  name       VARCHAR(200)  NOT NULL,
  quantity   DECIMAL(12,3) NOT NULL,
  unit       VARCHAR(12)   NOT NULL,
  receipt_id BIGINT        NULL COMMENT 'The Form 1 row it came from, or NULL when taken from the store',
  store_note VARCHAR(300)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kitchen_cooking_ingredient (cooking_id, position),
  CONSTRAINT fk_kitchen_cooking_ingredient_cooking FOREIGN KEY (cooking_id) REFERENCES kitchen_cooking (id),
  CONSTRAINT fk_kitchen_cooking_ingredient_receipt FOREIGN KEY (receipt_id) REFERENCES kitchen_receipt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Form 3: one row per dish before eating.
CREATE TABLE kitchen_serving (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id        BIGINT       NOT NULL,
  day                    DATE         NOT NULL,
  meal                   VARCHAR(20)  NOT NULL,
  meal_time              TIME         NOT NULL,
  dish_id                BIGINT       NOT NULL,
  servings               INT          NOT NULL,
  portioning_finished_at DATETIME(6)  NOT NULL,
  eating_starts_at       DATETIME(6)  NOT NULL,
  utensils               VARCHAR(300) NOT NULL,
  utensil_check          VARCHAR(4)   NOT NULL,
  sensory                VARCHAR(4)   NOT NULL,
  action_note            VARCHAR(500) NULL,
  entered_by             BIGINT       NOT NULL,
  entered_by_name        VARCHAR(200) NOT NULL,
  entered_at             DATETIME(6)  NOT NULL,
  voided_at              DATETIME(6)  NULL,
  voided_by              BIGINT       NULL,
  void_reason            VARCHAR(500) NULL,
  PRIMARY KEY (id),
  KEY idx_kitchen_serving_day (organisation_id, day),
  CONSTRAINT fk_kitchen_serving_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_serving_dish FOREIGN KEY (dish_id) REFERENCES kitchen_dish (id),
  CONSTRAINT fk_kitchen_serving_entered_by FOREIGN KEY (entered_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Forms 4 and 5: one row per retained sample, its label data, and its destruction once it happens.
CREATE TABLE kitchen_sample (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id       BIGINT       NOT NULL,
  day                   DATE         NOT NULL,
  sample_code           VARCHAR(40)  NOT NULL COMMENT 'SampleId from the domain register, e.g. MAU-20261123-01',
  meal                  VARCHAR(20)  NOT NULL,
  meal_time             TIME         NOT NULL,
  dish_id               BIGINT       NOT NULL,
  servings              INT          NOT NULL,
  amount                DECIMAL(8,1) NOT NULL,
  amount_unit           VARCHAR(10)  NOT NULL,
  container_type        VARCHAR(200) NOT NULL,
  lidded                TINYINT(1)   NOT NULL,
  sealed                TINYINT(1)   NOT NULL,
  seal_id               VARCHAR(50)  NULL,
  storage_celsius       DECIMAL(4,1) NOT NULL,
  taken_at              DATETIME(6)  NOT NULL,
  storage_place         VARCHAR(200) NOT NULL,
  note                  VARCHAR(500) NULL,
  sampler_id            BIGINT       NOT NULL,
  sampler_name          VARCHAR(200) NOT NULL,
  storer_id             BIGINT       NOT NULL,
  storer_name           VARCHAR(200) NOT NULL,
  entered_at            DATETIME(6)  NOT NULL,
  destroyed_at          DATETIME(6)  NULL,
  destroyer_id          BIGINT       NULL,
  destroyer_name        VARCHAR(200) NULL,
  storer_confirmed_id   BIGINT       NULL,
  storer_confirmed_name VARCHAR(200) NULL,
  final_celsius         DECIMAL(4,1) NULL,
  destruction_note      VARCHAR(500) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kitchen_sample_code (organisation_id, sample_code),
  KEY idx_kitchen_sample_day (organisation_id, day),
  CONSTRAINT ck_kitchen_sample_unit CHECK (amount_unit IN ('GRAM','MILLILITRE')),
  CONSTRAINT fk_kitchen_sample_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_sample_dish FOREIGN KEY (dish_id) REFERENCES kitchen_dish (id),
  CONSTRAINT fk_kitchen_sample_sampler FOREIGN KEY (sampler_id) REFERENCES app_user (id),
  CONSTRAINT fk_kitchen_sample_storer FOREIGN KEY (storer_id) REFERENCES app_user (id),
  CONSTRAINT fk_kitchen_sample_destroyer FOREIGN KEY (destroyer_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Closed days: version 1 when the manager closes the day, 2, 3 … for amendments with a reason. The hash goes
-- to the ledger through the outbox entry named here; its status, transaction id and block are the entry's.
CREATE TABLE kitchen_day_version (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id  BIGINT       NOT NULL,
  day              DATE         NOT NULL,
  version          INT          NOT NULL,
  content_hash     CHAR(64)     NOT NULL COMMENT 'KitchenDay.contentHash: SHA-256 of the canonical day',
  version_hash     CHAR(64)     NOT NULL COMMENT 'DayVersion.versionHash: chains the versions',
  previous_hash    CHAR(64)     NULL,
  reason           VARCHAR(500) NULL COMMENT 'Required from version 2',
  canonical_text   LONGTEXT     NOT NULL COMMENT 'The exact text that was hashed, kept for inspectors',
  recorded_by      BIGINT       NOT NULL,
  recorded_by_name VARCHAR(200) NOT NULL,
  recorded_at      DATETIME(6)  NOT NULL COMMENT 'Rows entered up to this instant belong to the version',
  outbox_id        BIGINT       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kitchen_day_version (organisation_id, day, version),
  CONSTRAINT fk_kitchen_day_version_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_day_version_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
  CONSTRAINT fk_kitchen_day_version_outbox FOREIGN KEY (outbox_id) REFERENCES ledger_outbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The digital product passport of Decree 37/2026/NĐ-CP and the traceability record of Circular 02/2024/TT-BKHCN
-- (see docs/passport-model.md): what the earlier schema lacked to hold every item, and the agency's choice of
-- items that stop label printing while they are missing or expired.
-- Text is stored NFC-normalised; times are DATETIME(6) holding UTC.

-- A producer is named by an identifier and located by a location trace code. Its address keeps both schemes:
-- the current two-level units (province, commune/ward: columns province and commune) and the units before
-- 1 July 2025 (district, already stored; commune and province when the merger renamed them), so that older
-- certificates, written with the former units, still match.
ALTER TABLE organisation
  ADD COLUMN tax_code VARCHAR(20) NULL
    COMMENT 'Mã số thuế / mã số doanh nghiệp, HTX: the producer identifier of Decree 37/2026' AFTER legal_form,
  ADD COLUMN gln CHAR(13) NULL
    COMMENT 'GS1 Global Location Number: the location trace code of Circular 02/2024' AFTER tax_code,
  ADD COLUMN address_line VARCHAR(200) NULL COMMENT 'Village, hamlet or street, below the commune' AFTER province,
  ADD COLUMN former_commune VARCHAR(100) NULL
    COMMENT 'Commune or ward before 1 July 2025, when the merger renamed it' AFTER commune,
  ADD COLUMN former_province VARCHAR(100) NULL
    COMMENT 'Province before 1 July 2025, when the merger renamed it' AFTER former_commune;

-- The passport items of a product that were not stored yet.
ALTER TABLE product
  ADD COLUMN image_url VARCHAR(500) NULL COMMENT 'HTTPS address of a product photo (Circular 02/2024 item 2)' AFTER description,
  ADD COLUMN brand VARCHAR(200) NULL COMMENT 'Brand or trademark, if any (Circular 02/2024 item 8)' AFTER image_url,
  ADD COLUMN origin VARCHAR(300) NULL
    COMMENT 'Origin, or place of the last finishing stage (Decree 37/2026)' AFTER brand,
  ADD COLUMN standards_applied VARCHAR(500) NULL
    COMMENT 'Standards and technical regulations applied, e.g. TCVN 4193:2014 (Circular 02/2024 item 10)' AFTER origin,
  ADD COLUMN quality_certificate_name VARCHAR(200) NULL COMMENT 'e.g. VietGAP, hữu cơ, đủ điều kiện ATTP' AFTER mark_holder,
  ADD COLUMN quality_certificate_number VARCHAR(100) NULL AFTER quality_certificate_name,
  ADD COLUMN quality_certificate_valid_until DATE NULL AFTER quality_certificate_number,
  ADD COLUMN safety_warnings VARCHAR(500) NULL COMMENT 'Safety warnings, if any (Decree 37/2026)' AFTER allergens;

-- Passport items the province agency made blocking: a lot whose passport misses one of them (or holds it
-- expired) gets no labels printed, even when the producer acknowledges the warning. A row per item; no row,
-- no block.
CREATE TABLE passport_blocking_item (
  item    VARCHAR(40) NOT NULL COMMENT 'The name of a vn.xuatxu.api.passport.model.PassportItem',
  set_by  BIGINT      NOT NULL,
  set_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (item),
  CONSTRAINT fk_passport_blocking_item_user FOREIGN KEY (set_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

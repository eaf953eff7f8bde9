-- Product photos (issue 6): uploaded on a phone, resized on the server, kept under the data folder's photos/.
-- A photo is named by the SHA-256 of the uploaded file; its two renditions (long side 1200 px and 320 px,
-- re-encoded as JPEG without metadata) are photos/<first two hex digits>/<sha256>-1200.jpg and -320.jpg.
CREATE TABLE product_photo (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  product_id    BIGINT      NOT NULL,
  sha256        CHAR(64)    NOT NULL COMMENT 'SHA-256 of the file as uploaded',
  width         INT         NOT NULL COMMENT 'Pixels of the large rendition',
  height        INT         NOT NULL,
  thumb_width   INT         NOT NULL COMMENT 'Pixels of the thumbnail',
  thumb_height  INT         NOT NULL,
  large_bytes   INT         NOT NULL,
  thumb_bytes   INT         NOT NULL,
  created_by    BIGINT      NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_product_photo (product_id, sha256),
  KEY idx_product_photo_sha256 (sha256),
  CONSTRAINT fk_product_photo_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_product_photo_user FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

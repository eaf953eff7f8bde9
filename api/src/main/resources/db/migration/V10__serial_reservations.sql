-- Serial reservations: a producer reserves a block of label serials while online and pre-prints blank-lot
-- labels with them; a lot registered offline binds the block when it reaches the server, and the block then
-- becomes an ordinary label batch of that lot (anchored on the ledger through the outbox). Until then a scan
-- of such a label resolves to the product. Serials of a block that is never bound stay reserved, unused.

CREATE TABLE serial_reservation (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  reservation_id  VARCHAR(40)  NOT NULL COMMENT 'Public id the phone keeps to name the block when it registers a lot',
  organisation_id BIGINT       NOT NULL,
  product_id      BIGINT       NOT NULL,
  label_count     INT          NOT NULL,
  reserved_by     BIGINT       NOT NULL,
  reserved_at     DATETIME(6)  NOT NULL,
  lot_id          BIGINT       NULL COMMENT 'Set once, when a lot binds the block',
  label_batch_id  BIGINT       NULL COMMENT 'The label batch the block became when bound',
  bound_at        DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_serial_reservation_public (reservation_id),
  UNIQUE KEY uq_serial_reservation_batch (label_batch_id),
  KEY idx_serial_reservation_org (organisation_id, reserved_at),
  CONSTRAINT fk_serial_reservation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_serial_reservation_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_serial_reservation_user FOREIGN KEY (reserved_by) REFERENCES app_user (id),
  CONSTRAINT fk_serial_reservation_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
  CONSTRAINT fk_serial_reservation_batch FOREIGN KEY (label_batch_id) REFERENCES label_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reserved_serial (
  serial         VARCHAR(20)  NOT NULL COMMENT 'GS1 AI (21), unguessable, the same value later stored in label_serial',
  reservation_id BIGINT       NOT NULL,
  position       INT          NOT NULL COMMENT 'Order of printing within the block, from 1',
  PRIMARY KEY (serial),
  KEY idx_reserved_serial_block (reservation_id, position),
  CONSTRAINT fk_reserved_serial_reservation FOREIGN KEY (reservation_id) REFERENCES serial_reservation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

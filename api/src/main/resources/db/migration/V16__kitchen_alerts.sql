-- Kitchen alerts: what the dashboard shows and the school's webhook receives (a dish served without a sample,
-- a sample fridge out of 2–8 °C, the day's book not closed by the afternoon, a received lot recalled), the sample fridge readings they
-- come from, and each school's alert settings. An alert is raised once per (day, kind, subject) and resolved
-- when the rule no longer finds it.

CREATE TABLE kitchen_fridge_reading (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT        NOT NULL,
  fridge          VARCHAR(100)  NOT NULL,
  celsius         DECIMAL(4,1)  NOT NULL,
  read_at         DATETIME      NOT NULL COMMENT 'Kitchen local time, to the minute',
  source          ENUM('MANUAL','SENSOR') NOT NULL,
  entered_by      BIGINT        NULL,
  entered_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_fridge_reading_day (organisation_id, read_at),
  CONSTRAINT fk_fridge_reading_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_fridge_reading_user FOREIGN KEY (entered_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kitchen_alert (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT        NOT NULL,
  day             DATE          NOT NULL,
  kind            ENUM('DISH_SERVED_WITHOUT_SAMPLE','FRIDGE_OUT_OF_RANGE','DAY_NOT_CLOSED','RECEIVED_LOT_RECALLED') NOT NULL,
  subject         VARCHAR(200)  NOT NULL,
  message         VARCHAR(500)  NOT NULL,
  raised_at       DATETIME(6)   NOT NULL,
  resolved_at     DATETIME(6)   NULL COMMENT 'When the rule stopped finding it',
  acknowledged_at DATETIME(6)   NULL,
  acknowledged_by BIGINT        NULL,
  webhook_state   ENUM('NONE','PENDING','SENT','FAILED') NOT NULL,
  webhook_attempts INT          NOT NULL DEFAULT 0,
  webhook_error   VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_kitchen_alert (organisation_id, day, kind, subject),
  KEY idx_kitchen_alert_webhook (webhook_state, id),
  CONSTRAINT fk_kitchen_alert_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_kitchen_alert_user FOREIGN KEY (acknowledged_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kitchen_alert_settings (
  organisation_id     BIGINT        NOT NULL,
  webhook_url         VARCHAR(500)  NULL,
  webhook_secret      VARCHAR(100)  NULL COMMENT 'Signs each webhook body (HMAC-SHA256) so the receiver knows it is us',
  sensor_token_sha256 CHAR(64)      NULL COMMENT 'A thermometer posting readings presents the token; only its hash is kept',
  closing_deadline    TIME          NOT NULL DEFAULT '15:00:00',
  PRIMARY KEY (organisation_id),
  UNIQUE KEY uq_kitchen_sensor_token (sensor_token_sha256),
  CONSTRAINT fk_kitchen_alert_settings_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

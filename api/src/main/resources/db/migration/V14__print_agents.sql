-- Print agents that pull jobs: a small program beside a co-op's or a kitchen's label printer asks the server
-- for the label batches people send to that printer from their phones (docs/printing.md). The agent proves
-- itself with a token shown once at registration; only its SHA-256 is stored.

CREATE TABLE print_agent (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id BIGINT       NOT NULL,
  name            VARCHAR(100) NOT NULL,
  token_sha256    CHAR(64)     NOT NULL,
  language        ENUM('ZPL','TSPL','ESCPOS') NOT NULL COMMENT 'What the printer speaks; jobs are rendered in it',
  stock           VARCHAR(20)  NOT NULL COMMENT 'Label size loaded in the printer (LabelStock name)',
  dpi             INT          NOT NULL,
  created_by      BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  revoked_at      DATETIME(6)  NULL,
  last_seen_at    DATETIME(6)  NULL COMMENT 'Last time the agent asked for work',
  PRIMARY KEY (id),
  UNIQUE KEY uq_print_agent_token (token_sha256),
  KEY idx_print_agent_org (organisation_id),
  CONSTRAINT fk_print_agent_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_print_agent_user FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE print_job (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  job_id          VARCHAR(40)  NOT NULL COMMENT 'Public id, also the key of the job in the agent journal',
  agent_id        BIGINT       NOT NULL,
  label_batch_id  BIGINT       NOT NULL,
  first_position  INT          NOT NULL COMMENT 'Batch positions printed, inclusive; a resumed job starts later',
  last_position   INT          NOT NULL,
  state           ENUM('QUEUED','PRINTING','PRINTED','FAILED','INTERRUPTED','CANCELLED') NOT NULL,
  sent_through    INT          NOT NULL COMMENT 'Last position the agent handed to the printer (first_position - 1: none)',
  message         VARCHAR(500) NULL,
  created_by      BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_print_job_public (job_id),
  KEY idx_print_job_agent_state (agent_id, state, id),
  KEY idx_print_job_batch (label_batch_id),
  CONSTRAINT fk_print_job_agent FOREIGN KEY (agent_id) REFERENCES print_agent (id),
  CONSTRAINT fk_print_job_batch FOREIGN KEY (label_batch_id) REFERENCES label_batch (id),
  CONSTRAINT fk_print_job_user FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

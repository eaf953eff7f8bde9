-- Print jobs of any labels (issue 9): besides a label batch's positions, a job can carry a list of record labels
-- frozen when it is sent (a school kitchen's Form 4 sample labels), so positions mean the same labels for the
-- agent's journal and for a resumed job even if more samples are recorded afterwards.
ALTER TABLE print_job
  ADD COLUMN source ENUM('LABEL_BATCH','KITCHEN_SAMPLES') NOT NULL DEFAULT 'LABEL_BATCH' AFTER agent_id,
  ADD COLUMN description VARCHAR(200) NULL COMMENT 'What a record job prints, e.g. the kitchen day' AFTER source,
  MODIFY label_batch_id BIGINT NULL COMMENT 'Set for LABEL_BATCH jobs only';

CREATE TABLE print_job_label (
  print_job_id  BIGINT      NOT NULL,
  position      INT         NOT NULL COMMENT '1-based; the positions the agent asks for',
  record_ref    VARCHAR(80) NOT NULL COMMENT 'The record the label is of: a kitchen sample code for KITCHEN_SAMPLES',
  PRIMARY KEY (print_job_id, position),
  CONSTRAINT fk_print_job_label_job FOREIGN KEY (print_job_id) REFERENCES print_job (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Multi-input processing and what happens when the ledger refuses a journey event (issue 6).
--
-- An input of a transformation may be used in part: the amount used is kept on its link row, and what is
-- left of a lot is its quantity minus the amounts of the transformations that were not discarded.
-- Every link row also keeps the lot's custody as it was just before the event changed it, so that an
-- event the ledger refused can be discarded and the lot put back exactly as the ledger still has it.
ALTER TABLE trace_event_lot
  ADD COLUMN quantity_used DECIMAL(18,3) NULL COMMENT 'INPUT rows: the amount used, in the lot unit; NULL = all that was left',
  ADD COLUMN previous_status ENUM('ACTIVE','IN_TRANSIT','CONSUMED','RECALLED','DESTROYED') NULL
    COMMENT 'Custody before this event changed it; NULL when the event did not change it',
  ADD COLUMN previous_custodian_id BIGINT NULL,
  ADD COLUMN previous_receiver_id BIGINT NULL;

-- DISCARDED: the ledger refused the write and an administrator chose not to send it again; the off-chain
-- changes it made were undone. It never reaches the ledger.
ALTER TABLE trace_event
  MODIFY COLUMN ledger_status ENUM('PENDING','COMMITTED','FAILED','DISCARDED') NOT NULL DEFAULT 'PENDING';
ALTER TABLE ledger_outbox
  MODIFY COLUMN status ENUM('PENDING','DONE','FAILED','DISCARDED') NOT NULL DEFAULT 'PENDING';

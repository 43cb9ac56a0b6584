ALTER TABLE host DROP COLUMN last_error;

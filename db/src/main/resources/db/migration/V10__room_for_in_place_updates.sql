-- Rows that every refresh or operation updates get room on their page, so that PostgreSQL can update them in place
-- (HOT: no new index entries, no index bloat) when no indexed column changes:
--   vm_runtime              every VM's row on every refresh (state, versions, refreshed_at)
--   vm_integration_service  a component's row when an operation or the host changes it
--   operation_attempt       every attempt's row once, when it ends
--   host                    every host's row on every refresh (last_refresh_at) and after failures
-- Pages written from now on are filled to this share; pages already full keep their rows until rewritten.
ALTER TABLE vm_runtime SET (fillfactor = 70);
ALTER TABLE vm_integration_service SET (fillfactor = 80);
ALTER TABLE operation_attempt SET (fillfactor = 60);
ALTER TABLE host SET (fillfactor = 70);

-- The refresh scheduler asks on every maintenance tick (every few seconds), for every host, whether a refresh of it is
-- queued or running, and whether one was requested within the refresh interval. Without these indexes the answer was
-- read from the operation table as a whole: its cost grew with every operation ever run (a sequential scan per tick,
-- ~0.3 µs a row, or worse with a nested loop on stale statistics), and it took CPU from the queue it runs beside.
-- With them it is two index probes per host, whatever the history's length. Operations of other types are in neither.
CREATE INDEX ix_operation_refresh_open ON operation (host_id)
    WHERE type = 'REFRESH_HOST' AND state IN ('QUEUED', 'RUNNING');
CREATE INDEX ix_operation_refresh_requested ON operation (host_id, requested_at)
    WHERE type = 'REFRESH_HOST';

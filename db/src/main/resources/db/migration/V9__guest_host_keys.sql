-- Linux guests are reached over SSH too: their host keys are pinned per VM (trusted on first use, audited).
ALTER TABLE virtual_machine ADD COLUMN guest_host_key TEXT;

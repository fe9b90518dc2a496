-- A revision now stands for one burst of typing: autosaves a few seconds apart update it in place, and a new
-- revision starts after a pause or once the burst is a minute old. Rows written before this have no start; their
-- saved_at stands in for it.
alter table note_revision add column burst_started_at timestamp(6) with time zone;

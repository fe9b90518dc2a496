-- The day a couple's therapy was closed: their data is deleted or anonymised once the clinic's retention
-- period (trustwork.retention.closed-couples) has passed since then.
alter table couple add column closed_on date;
-- Set when the retention job has deleted the couple's clinical data and anonymised them.
alter table couple add column purged_at timestamp(6) with time zone;

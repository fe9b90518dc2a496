-- One notes row per author, session and agenda item (or the session as a whole). The item id is NULL for
-- session-level notes, and NULLs never collide in a unique index, so the key uses 0 for "the whole session".
alter table session_note add column note_key bigint default 0 not null;
update session_note set note_key = coalesce(agenda_item_id, 0);
create unique index ux_session_note_author_key on session_note (session_id, author_id, note_key);

-- Issue 21, the catalogue revised: every session prompt says whom it is put to, and a practice can give the
-- hurt partner a part of their own. CatalogueLoader fills both from seeds/practices.yaml at the next start; until
-- then the existing prompts count as put to both partners, which is what they read as today.
alter table practice_prompt add column addressee varchar(20) default 'BOTH' not null;
alter table practice_prompt add constraint ck_practice_prompt_addressee
    check (addressee in ('HURT_PARTNER', 'INVOLVED_PARTNER', 'BOTH'));
alter table practice add column hurt_partner_part varchar(1000);

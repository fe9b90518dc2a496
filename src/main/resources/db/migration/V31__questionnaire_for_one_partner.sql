-- A questionnaire can be asked of one partner only (e.g. the PCL-5 of the hurt partner, #22); null = both partners.
alter table measure_request add column for_partner_id bigint;
alter table measure_request add constraint fk_measure_request_for_partner foreign key (for_partner_id) references user_account (id);

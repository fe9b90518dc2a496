-- Several instances on one database.

-- ShedLock: a scheduled job runs on one instance at a time (names: homework-reminders, retention).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);

-- One reminder per partner and day, whichever instance sends it and however often the job runs.
create table reminder_sent (
    account_id bigint not null,
    sent_on    date   not null,
    constraint pk_reminder_sent primary key (account_id, sent_on),
    constraint fk_reminder_sent_account foreign key (account_id) references user_account (id)
);

-- The first admin's one-time setup token, as a hash, so that every instance accepts the token one of them printed.
create table setup_token (
    id         integer      not null primary key,
    token_hash varchar(64)  not null,
    created_at timestamp(6) with time zone not null
);

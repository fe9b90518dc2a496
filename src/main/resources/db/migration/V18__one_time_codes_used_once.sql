-- RFC 6238 5.2: an authenticator code is accepted once. The newest time step accepted per account; a code is
-- accepted only by an update that moves it forward, which holds across sessions and instances.
alter table two_factor add column last_used_step bigint;

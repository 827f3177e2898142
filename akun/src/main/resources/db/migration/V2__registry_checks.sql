-- Each question put to Dukcapil during registration, to cap them per client address and
-- per NIK: the registry must not become an oracle for NIKs and mothers' maiden names.
create table registry_check (
	id bigserial primary key,
	client_ip text not null,
	nik_index bytea not null,
	matched boolean not null,
	occurred_at timestamptz not null
);
create index registry_check_ip on registry_check (client_ip, occurred_at);
create index registry_check_nik on registry_check (nik_index, occurred_at) where not matched;

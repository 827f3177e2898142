-- The version of what each fair offers (its accepted companies and their vacancies), raised in the same transaction
-- as any change to it: every instance keeps the offers in memory and reads a fair again when its version moved.
create table fair_offers_version (
	fair_id uuid primary key references fair on delete cascade,
	version bigint not null,
	changed_at timestamptz not null
);

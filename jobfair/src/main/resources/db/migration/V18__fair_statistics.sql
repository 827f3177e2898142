-- Hasil rekrutmen over all fairs (issue 21). Each fair's numbers are kept here, recomputed from that fair's own rows
-- when something in it changed (stat_pending, marked by events), so the dashboards read these small tables and never
-- the applications themselves.

-- A fair as the dashboards filter it, with its followers and check-ins.
create table stat_fair (
	fair_id uuid primary key,
	title text not null,
	slug text not null,
	organizer_id uuid not null,
	type text not null,
	province text not null,
	starts_on date not null,
	status text not null,
	followers integer not null,
	checked_in integer not null,
	refreshed_at timestamptz not null
);
create index stat_fair_starts on stat_fair (starts_on);
create index stat_fair_organizer on stat_fair (organizer_id);

-- The fair's applications counted per group: trait ALL (key ''), PROVINCE, REGENCY, EDUCATION, GENDER, AGE, SECTOR,
-- VACANCY (the vacancy's id); DECISION (how long decisions took) and PER_VACANCY (vacancies by how many applications
-- they had) count in "applications" what they count.
create table stat_count (
	fair_id uuid not null references stat_fair on delete cascade,
	trait text not null,
	key text not null,
	applications integer not null,
	interviews integer not null,
	accepted integer not null,
	hired integer not null,
	confirmed integer not null,
	primary key (fair_id, trait, key)
);

-- Fairs whose numbers are due to be recomputed, and since when (a mark made while recomputing keeps the row).
create table stat_pending (
	fair_id uuid primary key,
	marked_at timestamptz not null
);

-- Every fair once, so the numbers start complete.
insert into stat_pending (fair_id, marked_at) select id, now() from fair;

-- A fair's applications are counted by the fair (the statistics, the hire reminders).
create index application_fair on application (fair_id, status);

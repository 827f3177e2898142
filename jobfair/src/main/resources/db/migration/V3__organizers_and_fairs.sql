-- Organizers (Disnaker, campuses, BLK, private organizers) and their members.
create table organizer (
	id uuid primary key,
	name text not null,
	type text not null check (type in ('DISNAKER_PROVINSI', 'DISNAKER_KABKOTA', 'PERGURUAN_TINGGI', 'BLK', 'SWASTA')),
	region_code text not null,
	address text not null,
	phone text not null,
	email text not null,
	website text not null default '',
	description text not null default '',
	person_in_charge text not null,
	created_at timestamptz not null
);
create table organizer_member (
	organizer_id uuid not null references organizer on delete cascade,
	sub varchar(100) not null references member,
	primary key (organizer_id, sub)
);
create index organizer_member_sub on organizer_member (sub);

-- Job fairs, stored in UTC and shown in their own zone (WIB, WITA, WIT); searchable in Indonesian.
create table fair (
	id uuid primary key,
	slug text not null unique,
	organizer_id uuid not null references organizer,
	title text not null,
	description text not null,
	type text not null check (type in ('ONLINE', 'OFFLINE', 'HYBRID')),
	venue text not null default '',
	region_code text not null default '',
	zone text not null check (zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	registration_deadline timestamptz not null,
	contact_person text not null,
	contact_phone text not null,
	terms text not null default '',
	status text not null check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED', 'PUBLISHED', 'ONGOING',
		'FINISHED', 'CANCELLED')),
	status_reason text,
	created_at timestamptz not null,
	updated_at timestamptz not null,
	search tsvector generated always as (
		setweight(to_tsvector('indonesian'::regconfig, title), 'A')
		|| setweight(to_tsvector('indonesian'::regconfig, description), 'B')) stored,
	check (ends_at > starts_at),
	check (registration_deadline < starts_at)
);
create index fair_search on fair using gin (search);
create index fair_status_start on fair (status, starts_at);
create index fair_status_end on fair (status, ends_at);
create index fair_organizer on fair (organizer_id, status);

-- Every change of a fair's state: who, when, from, to, why.
create table fair_history (
	id bigserial primary key,
	fair_id uuid not null references fair on delete cascade,
	occurred_at timestamptz not null,
	actor text not null,
	from_status text,
	to_status text not null,
	reason text
);
create index fair_history_fair on fair_history (fair_id, occurred_at);

-- Onsite entry sessions with QR tickets (issue 21): an organizer's arrival windows with a capacity, the seekers'
-- bookings (one live ticket per seeker and fair), and the gate's scans. Overbooking is refused by the database:
-- a booking raises `booked` only while it is below `capacity`.
create table entry_session (
	id uuid primary key,
	fair_id uuid not null references fair on delete cascade,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	capacity integer not null check (capacity between 1 and 100000),
	booked integer not null default 0,
	created_at timestamptz not null,
	check (ends_at > starts_at),
	check (booked between 0 and capacity)
);
create index entry_session_fair on entry_session (fair_id, starts_at);

-- The ticket's id is the random part of its code; the code itself (id and its HMAC under the ticket key) is never
-- stored, so a copy of the database makes no ticket that the gate accepts.
create table entry_ticket (
	id bytea primary key,
	session_id uuid not null references entry_session on delete cascade,
	fair_id uuid not null,
	sub varchar(100) not null,
	booked_at timestamptz not null,
	cancelled_at timestamptz,
	scanned_at timestamptz,
	scanned_by varchar(100)
);
create unique index entry_ticket_one_live on entry_ticket (fair_id, sub) where cancelled_at is null;
create index entry_ticket_session on entry_ticket (session_id) where cancelled_at is null;

-- Organizer members are managers (PENGELOLA) or gate staff (PETUGAS_PINTU), who see only the gate.
alter table organizer_member add column role text not null default 'PENGELOLA'
	check (role in ('PENGELOLA', 'PETUGAS_PINTU'));
alter table organizer_invitation add column role text not null default 'PENGELOLA'
	check (role in ('PENGELOLA', 'PETUGAS_PINTU'));

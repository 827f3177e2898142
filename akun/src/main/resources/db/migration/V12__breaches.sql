-- Personal-data incidents (UU 27/2022, art. 46: the people affected are told in writing within 3 x 24 hours). An
-- officer records what happened; the notice to the people affected is prepared, confirmed once, and sent through the
-- outbox by a job that works through breach_recipient (so a restart loses and doubles nothing).
create table breach (
	id uuid primary key,
	found_at timestamptz not null,
	recorded_at timestamptz not null,
	recorded_by text not null,
	data_categories text[] not null,
	affected_estimate integer not null check (affected_estimate >= 0),
	description text not null,
	measures text not null,
	recipients text not null default 'ALL' check (recipients in ('ALL', 'LIST')),
	recipient_list text[] not null default '{}',
	notice_subject text,
	notice_body text,
	confirmed_at timestamptz,
	confirmed_by text
);

create table breach_recipient (
	breach_id uuid not null references breach on delete cascade,
	email text not null,
	queued_at timestamptz,
	primary key (breach_id, email)
);
create index breach_recipient_waiting on breach_recipient (breach_id) where queued_at is null;

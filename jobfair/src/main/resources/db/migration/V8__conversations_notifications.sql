-- Two-party conversations within a fair. A party is an organizer, a company (every active member speaks for it)
-- or a seeker; party a is the one listed first in ORGANIZER < COMPANY < SEEKER.
create table conversation (
	id uuid primary key,
	fair_id uuid not null references fair on delete cascade,
	a_kind text not null check (a_kind in ('ORGANIZER', 'COMPANY', 'SEEKER')),
	a_id text not null,
	b_kind text not null check (b_kind in ('ORGANIZER', 'COMPANY', 'SEEKER')),
	b_id text not null,
	last_message_at timestamptz,
	created_at timestamptz not null,
	unique (fair_id, a_kind, a_id, b_kind, b_id)
);
create index conversation_a on conversation (a_kind, a_id, last_message_at desc);
create index conversation_b on conversation (b_kind, b_id, last_message_at desc);

create table message (
	id uuid primary key,
	conversation_id uuid not null references conversation on delete cascade,
	author_sub varchar(100) not null references member,
	author_name text not null,
	author_kind text not null,
	body text not null check (length(body) between 1 and 2000),
	sent_at timestamptz not null
);
create index message_conversation on message (conversation_id, sent_at);
create index message_author on message (author_sub, sent_at);

-- Where each side has read up to.
create table conversation_read (
	conversation_id uuid not null references conversation on delete cascade,
	party_kind text not null,
	party_id text not null,
	read_at timestamptz not null,
	primary key (conversation_id, party_kind, party_id)
);

-- Notifications in the page (the bell); e-mail and SMS leave through the outbox.
create table notification (
	id uuid primary key,
	sub varchar(100) not null references member on delete cascade,
	message_key text not null,
	arguments jsonb not null default '[]',
	link text not null,
	created_at timestamptz not null,
	read_at timestamptz
);
create index notification_sub on notification (sub, created_at desc);
create index notification_unread on notification (sub) where read_at is null;

-- The check-in reminder (J-S-c) sent to a follower for a start time: exactly once, also with two instances; a
-- changed start time is a new start and gets its own reminder.
create table checkin_reminder (
	fair_id uuid not null references fair on delete cascade,
	sub varchar(100) not null references member on delete cascade,
	starts_at timestamptz not null,
	sent_at timestamptz not null,
	primary key (fair_id, sub, starts_at)
);

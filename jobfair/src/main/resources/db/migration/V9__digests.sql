-- A conversation's unread messages mailed to one side, up to the newest message mailed: once per message.
create table message_mail (
	conversation_id uuid not null references conversation on delete cascade,
	party_kind text not null,
	party_id text not null,
	up_to timestamptz not null,
	sent_at timestamptz not null,
	primary key (conversation_id, party_kind, party_id, up_to)
);

-- The hourly digest of new applications a company received, up to the newest application counted.
create table application_digest (
	company_id uuid not null references company on delete cascade,
	up_to timestamptz not null,
	sent_at timestamptz not null,
	primary key (company_id, up_to)
);
create index application_digest_company on application_digest (company_id, sent_at desc);
create index application_submitted on application (company_id, submitted_at);

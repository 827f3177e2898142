-- The applications digest and the unread-message mail belong to notification (issue 19, ADR 8): notification keeps
-- its own record of what waits to be told, fed by ApplicationSubmitted and MessageSent, instead of reading the
-- application and message tables of other modules. What was waiting at the upgrade is carried over, so nothing
-- acknowledged is left untold.

-- Applications not yet counted in a digest (removed once a digest covers them).
create table digest_application (
	application_id uuid primary key,
	company_id uuid not null,
	submitted_at timestamptz not null
);
create index digest_application_company on digest_application (company_id, submitted_at);
insert into digest_application (application_id, company_id, submitted_at)
select a.id, a.company_id, a.submitted_at from application a
where a.submitted_at > coalesce((select max(d.up_to) from application_digest d where d.company_id = a.company_id),
	'-infinity');
alter table application_digest drop constraint application_digest_company_id_fkey;

-- The newest message each side of a conversation was sent, and by which side; mailed when still unread 15 minutes on.
create table unread_message (
	conversation_id uuid not null,
	party_kind text not null,
	party_id text not null,
	sender_kind text not null,
	sender_id text not null,
	last_at timestamptz not null,
	primary key (conversation_id, party_kind, party_id)
);
create index unread_message_due on unread_message (last_at);
insert into unread_message (conversation_id, party_kind, party_id, sender_kind, sender_id, last_at)
select distinct on (c.id, recipient_kind, recipient_id) c.id, recipient_kind, recipient_id, sender_kind, sender_id,
	m.sent_at
from message m join conversation c on c.id = m.conversation_id
cross join lateral (select case when m.author_kind = c.a_kind then c.b_kind else c.a_kind end as recipient_kind,
	case when m.author_kind = c.a_kind then c.b_id else c.a_id end as recipient_id,
	m.author_kind as sender_kind,
	case when m.author_kind = c.a_kind then c.a_id else c.b_id end as sender_id) p
where m.sent_at > now() - interval '1 day'
order by c.id, recipient_kind, recipient_id, m.sent_at desc;
alter table message_mail drop constraint message_mail_conversation_id_fkey;

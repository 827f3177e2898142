-- Account events for the services' feed (AccountActivated, ProfileChanged, AccountDeleted), written in the
-- transaction of the change: a transactional outbox read over HTTP. The feed serves a row only once every
-- transaction older than it has ended (tx < the snapshot's xmin), ordered by (tx, id), so a poller's cursor
-- never passes an event that commits later.
create table account_event (
	id bigserial primary key,
	tx xid8 not null default pg_current_xact_id(),
	type text not null,
	account_id uuid not null,
	occurred_at timestamptz not null,
	payload text not null
);
create index account_event_order on account_event (tx, id);

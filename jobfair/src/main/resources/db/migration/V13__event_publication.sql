-- Spring Modulith's event publication registry (ADR 8): an event between modules is stored with the transaction that
-- published it, once per listener, and removed when that listener has done its part; a listener that failed or never
-- ran is run again (shared/FailedEvents). The schema is spring-modulith-events-jdbc 2.0's (schemas/v2).
create table if not exists event_publication (
	id uuid not null,
	listener_id text not null,
	event_type text not null,
	serialized_event text not null,
	publication_date timestamp with time zone not null,
	completion_date timestamp with time zone,
	status text,
	completion_attempts int,
	last_resubmission_date timestamp with time zone,
	primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

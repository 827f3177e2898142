-- Dukcapil checks are capped per session first (issue 20, item 3): many people share one
-- carrier address, so the cap per address is only a high ceiling now.
alter table registry_check add column session_index bytea;
create index registry_check_session on registry_check (session_index, occurred_at) where session_index is not null;

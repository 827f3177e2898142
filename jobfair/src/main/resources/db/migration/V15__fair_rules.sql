-- Fair rules the organizer sets (issue 21): at most N applications per seeker in the fair (none: no limit), and
-- optionally one application per company. Enforced in the application's own transaction (Applications.apply).
alter table fair add column max_applications integer check (max_applications between 1 and 50);
alter table fair add column one_application_per_company boolean not null default false;

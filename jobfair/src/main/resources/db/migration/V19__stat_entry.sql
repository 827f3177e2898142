-- The fair's onsite entry in its numbers (issue 21): places booked in arrival sessions and arrivals the gate let in.
alter table stat_fair add column booked integer not null default 0;
alter table stat_fair add column arrived integer not null default 0;

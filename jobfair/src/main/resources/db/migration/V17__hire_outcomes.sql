-- Hire outcomes (issue 21): what became of an accepted applicant, as the company records it, and the seeker's own
-- "saya sudah bekerja"; a hire is confirmed when both say so. One row per application, either side may come first.
create table application_outcome (
	application_id uuid primary key references application on delete cascade,
	fair_id uuid not null,
	result text check (result in ('HIRED', 'OFFER_DECLINED', 'DID_NOT_START')),
	start_date date,
	contract text check (contract in ('PKWT', 'PKWTT', 'HARIAN', 'MAGANG')),
	wage_band text check (wage_band in ('UNDER_3M', 'FROM_3M', 'FROM_5M', 'FROM_8M')),
	recorded_at timestamptz,
	recorded_by text,
	seeker_confirmed_at timestamptz,
	check (result <> 'HIRED' or (start_date is not null and contract is not null))
);
create index application_outcome_fair on application_outcome (fair_id);

-- The reminders to record outcomes, 14 and 30 days after a fair ends: once per fair, company and round, also with
-- several instances (the row is the proof it was sent).
create table outcome_reminder (
	fair_id uuid not null,
	company_id uuid not null,
	days integer not null,
	sent_at timestamptz not null,
	primary key (fair_id, company_id, days)
);

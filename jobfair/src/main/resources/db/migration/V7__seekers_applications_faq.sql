-- What matching reads of a seeker, copied from akun's profile at each login and after each ProfileChanged event;
-- the full view (never the NIK or the mother's name) is kept for application snapshots.
create table seeker_profile (
	sub varchar(100) primary key references member on delete cascade,
	complete boolean not null,
	education_level text,
	education_rank integer not null default 0,
	major text not null default '',
	experience_months integer not null default 0,
	skills text[] not null default '{}',
	province text not null default '',
	regency text not null default '',
	profile jsonb not null,
	photo bytea,
	updated_at timestamptz not null
);

-- The minimum education as a rank (SMA and SMK the same), so matching compares numbers.
alter table vacancy add column min_education_rank integer generated always as (case min_education
	when 'TIDAK_BELUM_SEKOLAH' then 0 when 'SD' then 1 when 'SMP' then 2 when 'SMA' then 3 when 'SMK' then 3
	when 'D1' then 4 when 'D2' then 5 when 'D3' then 6 when 'D4' then 7 when 'S1' then 7 when 'S2' then 8
	when 'S3' then 9 else 0 end) stored;
-- Matching reads a fair's accepted vacancies through this index.
create index participation_vacancy_fair on participation (fair_id, status, company_id, id);

-- Seekers following fairs ("Ikuti sebagai pencaker") and checking in (from two hours before the start).
create table fair_follower (
	fair_id uuid not null references fair on delete cascade,
	sub varchar(100) not null references member,
	followed_at timestamptz not null,
	checked_in_at timestamptz,
	primary key (fair_id, sub)
);
create index fair_follower_sub on fair_follower (sub);

-- Applications: one per seeker per vacancy (per fair), with the profile as it was when applying.
create table application (
	id uuid primary key,
	fair_id uuid not null references fair,
	vacancy_id uuid not null references vacancy,
	company_id uuid not null references company,
	sub varchar(100) not null references member,
	status text not null check (status in ('SUBMITTED', 'INTERVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
	note text not null default '',
	reason text,
	snapshot jsonb not null,
	photo bytea,
	submitted_at timestamptz not null,
	updated_at timestamptz not null,
	unique (sub, vacancy_id, fair_id)
);
create index application_vacancy on application (vacancy_id, status);
create index application_company on application (company_id, fair_id, status);
create index application_sub on application (sub, submitted_at desc);

-- Every change of an application: who, when, from, to, why.
create table application_history (
	id bigserial primary key,
	application_id uuid not null references application on delete cascade,
	occurred_at timestamptz not null,
	actor text not null,
	from_status text,
	to_status text not null,
	detail text
);
create index application_history_application on application_history (application_id, occurred_at);

-- Interviews: scheduled, rescheduled (a new version of the same one) or cancelled.
create table interview (
	id uuid primary key,
	application_id uuid not null references application on delete cascade,
	starts_at timestamptz not null,
	mode text not null check (mode in ('ONLINE', 'ONSITE')),
	location text not null,
	contact text not null,
	notes text not null default '',
	sequence integer not null default 0,
	cancelled_at timestamptz,
	created_at timestamptz not null,
	updated_at timestamptz not null
);
create index interview_application on interview (application_id);

-- "Pertanyaan Umum": a company's questions and answers for a fair, in its order.
create table faq (
	id uuid primary key,
	fair_id uuid not null references fair on delete cascade,
	company_id uuid not null references company on delete cascade,
	question text not null,
	answer text not null,
	position integer not null,
	created_at timestamptz not null
);
create index faq_fair_company on faq (fair_id, company_id, position);

-- Companies (optionally identified by their WLKP report code) and their teams.
create table company (
	id uuid primary key,
	wlkp_code text unique,
	name text not null,
	legal_form text not null check (legal_form in ('PT', 'CV', 'KOPERASI', 'YAYASAN', 'BUMN_BUMD', 'PERORANGAN')),
	sector text not null,
	size text not null check (size in ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR')),
	region_code text not null,
	address text not null,
	phone text not null,
	email text not null,
	website text not null default '',
	description text not null default '',
	logo bytea,
	created_at timestamptz not null
);

-- A team member: PENDING while invited (only the SHA-256 of the invitation token is kept), ACTIVE once accepted,
-- REMOVED when removed or the invitation cancelled. Exactly one active owner per company.
create table company_member (
	id uuid primary key,
	company_id uuid not null references company on delete cascade,
	sub varchar(100) references member,
	email text not null,
	name text not null default '',
	role text not null check (role in ('OWNER', 'MEMBER')),
	status text not null check (status in ('PENDING', 'ACTIVE', 'REMOVED')),
	invitation_hash bytea unique,
	invited_by varchar(100),
	invited_at timestamptz,
	invitation_expires_at timestamptz,
	joined_at timestamptz,
	check (status = 'PENDING' or sub is not null or status = 'REMOVED')
);
create unique index company_one_owner on company_member (company_id) where role = 'OWNER' and status = 'ACTIVE';
create unique index company_member_person on company_member (company_id, sub) where status = 'ACTIVE';
create unique index company_member_invited on company_member (company_id, lower(email)) where status = 'PENDING';
create index company_member_sub on company_member (sub) where status = 'ACTIVE';

-- Vacancies belong to a company and can be published in several fairs. No field for age, gender, religion,
-- ethnicity or marital status: requirements are education, majors, skills, experience and location only.
create table vacancy (
	id uuid primary key,
	company_id uuid not null references company on delete cascade,
	title text not null,
	description text not null,
	employment_type text not null check (employment_type in ('PENUH_WAKTU', 'KONTRAK', 'MAGANG', 'PARUH_WAKTU')),
	work_arrangement text not null check (work_arrangement in ('DI_KANTOR', 'HIBRIDA', 'JARAK_JAUH')),
	region_code text not null,
	min_education text not null,
	majors text[] not null default '{}',
	skills text[] not null default '{}',
	skill_names text[] not null default '{}',
	min_experience_years integer not null default 0 check (min_experience_years between 0 and 40),
	openings integer not null check (openings between 1 and 10000),
	salary_min bigint check (salary_min >= 0),
	salary_max bigint check (salary_max >= 0),
	show_salary boolean not null default false,
	deadline date not null,
	disability_friendly boolean not null default false,
	status text not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
	created_at timestamptz not null,
	updated_at timestamptz not null,
	check (salary_max is null or salary_min is null or salary_max >= salary_min)
);
create index vacancy_company on vacancy (company_id, status);

-- A company's request to take part in a fair, the organizer's decision, and the vacancies it publishes there.
create table participation (
	id uuid primary key,
	fair_id uuid not null references fair on delete cascade,
	company_id uuid not null references company on delete cascade,
	status text not null check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED')),
	reason text,
	requested_by varchar(100) not null,
	requested_at timestamptz not null,
	decided_by text,
	decided_at timestamptz,
	unique (fair_id, company_id)
);
create index participation_fair on participation (fair_id, status);
create table participation_vacancy (
	participation_id uuid not null references participation on delete cascade,
	vacancy_id uuid not null references vacancy on delete cascade,
	added_at timestamptz not null,
	primary key (participation_id, vacancy_id)
);
create index participation_vacancy_vacancy on participation_vacancy (vacancy_id);

-- Jobfair's outbox (web-kit, ADR 0004): invitations and notifications by e-mail and SMS, retried until sent.
create table outbox_message (
	id uuid primary key,
	channel text not null check (channel in ('SMS', 'EMAIL', 'HTTP')),
	recipient text not null,
	content bytea,
	created_at timestamptz not null,
	attempts integer not null default 0,
	next_attempt_at timestamptz not null,
	sent_at timestamptz,
	abandoned_at timestamptz,
	last_error text
);
create index outbox_message_due on outbox_message (next_attempt_at) where sent_at is null and abandoned_at is null;

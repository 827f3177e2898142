-- The 7-step profile ("Lengkapi Profil", A-5). One row per account for the single-valued steps
-- (photo, personal data, last education) and where the person is; a table per repeated step.
create table profile (
	account_id uuid primary key references account on delete cascade,
	photo_large bytea,
	photo_small bytea,
	photo_updated_at timestamptz,
	description text,
	domicile_village_code text,
	domicile_street text,
	domicile_postal_code text,
	seeking_training boolean not null default false,
	desired_jobs text not null default '',
	education_level text,
	education_institution text,
	education_major text,
	education_year integer,
	education_grade text,
	done_steps text not null default '',
	completed_at timestamptz,
	updated_at timestamptz not null
);

create table profile_experience (
	id uuid primary key,
	account_id uuid not null references account on delete cascade,
	company text not null,
	position text not null,
	start_month date not null,
	end_month date,
	employment_type text not null,
	description text not null default ''
);
create index profile_experience_account on profile_experience (account_id, start_month desc);

create table profile_training (
	id uuid primary key,
	account_id uuid not null references account on delete cascade,
	name text not null,
	institution text not null,
	year integer not null,
	certificate_number text not null default ''
);
create index profile_training_account on profile_training (account_id, year desc);

create table profile_certification (
	id uuid primary key,
	account_id uuid not null references account on delete cascade,
	name text not null,
	issuer text not null,
	number text not null default '',
	issued_on date not null,
	expires_on date
);
create index profile_certification_account on profile_certification (account_id, issued_on desc);

-- Skills are kept by their normalized form, so "ms excel" and "Microsoft Excel" are one skill.
create table profile_skill (
	account_id uuid not null references account on delete cascade,
	normalized text not null,
	name text not null,
	level text not null check (level in ('DASAR', 'MENENGAH', 'MAHIR')),
	primary key (account_id, normalized)
);
create index profile_skill_normalized on profile_skill (normalized);

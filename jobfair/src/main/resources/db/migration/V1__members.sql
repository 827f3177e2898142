-- The people who logged in to Jobfair through akun, keyed by akun's opaque subject (never the NIK).
-- akun stays the source of truth: these columns are a copy refreshed at every login (and by the event feed).
create table member (
	sub varchar(100) primary key,
	name text not null,
	email text,
	email_verified boolean not null default false,
	phone text,
	locale text not null default 'id',
	roles text not null default '',
	first_login_at timestamptz not null,
	last_login_at timestamptz not null
);

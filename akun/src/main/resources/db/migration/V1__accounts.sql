-- The SIAPkerja account. NIK and mother's maiden name are encrypted (AES-GCM); the NIK is
-- found through its HMAC blind index. An account is PENDING until its phone is confirmed
-- by an SMS code; pending accounts expire after 24 hours.
create table account (
	id uuid primary key,
	status text not null check (status in ('PENDING', 'ACTIVE')),
	nik_index bytea not null,
	nik_encrypted bytea not null,
	nik_masked text not null,
	mother_name_encrypted bytea not null,
	email text not null,
	email_verified boolean not null default false,
	phone text not null,
	password_hash text not null,
	full_name text not null,
	birth_place text not null,
	birth_date date not null,
	gender text not null,
	marital_status text not null,
	village_code text not null,
	street text not null,
	locale text not null default 'id',
	created_at timestamptz not null,
	activated_at timestamptz,
	failed_logins integer not null default 0,
	login_held_until timestamptz
);
create unique index account_nik on account (nik_index);
create unique index account_email on account (lower(email));
create unique index account_phone on account (phone);
create index account_pending on account (created_at) where status = 'PENDING';

-- One-time codes sent by SMS (activation, change of phone, password reset): only their
-- HMAC is kept. The rows also count the SMS sent per number and per IP address.
create table one_time_code (
	id uuid primary key,
	account_id uuid not null references account on delete cascade,
	purpose text not null check (purpose in ('ACTIVATION', 'PHONE_CHANGE', 'PASSWORD_RESET')),
	phone text not null,
	code_hash bytea not null,
	client_ip text,
	created_at timestamptz not null,
	expires_at timestamptz not null,
	wrong_tries integer not null default 0,
	closed_at timestamptz,
	outbox_id uuid,
	emailed_at timestamptz
);
create index one_time_code_account on one_time_code (account_id, purpose, created_at desc);
create index one_time_code_phone on one_time_code (phone, created_at);
create index one_time_code_ip on one_time_code (client_ip, created_at);

-- Links sent by e-mail (verify an address, change an address, reset a password): only
-- the SHA-256 of the token is kept; each is used once.
create table link_token (
	token_hash bytea primary key,
	account_id uuid not null references account on delete cascade,
	purpose text not null check (purpose in ('EMAIL_VERIFICATION', 'EMAIL_CHANGE', 'PASSWORD_RESET')),
	email text not null,
	created_at timestamptz not null,
	expires_at timestamptz not null,
	used_at timestamptz
);
create index link_token_account on link_token (account_id, purpose);

-- Messages that leave the system (SMS, e-mail): written in the transaction that decides
-- them, sent and retried by the dispatcher. The content is encrypted and erased once sent.
create table outbox_message (
	id uuid primary key,
	channel text not null check (channel in ('SMS', 'EMAIL')),
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

-- What happened to an account, for its owner's activity page and for audit.
create table account_activity (
	id bigserial primary key,
	account_id uuid not null references account on delete cascade,
	kind text not null,
	occurred_at timestamptz not null,
	client_ip text,
	detail text
);
create index account_activity_account on account_activity (account_id, occurred_at desc);

-- Failed logins per client address, for the cap per 10 minutes.
create table login_failure (
	id bigserial primary key,
	client_ip text not null,
	occurred_at timestamptz not null
);
create index login_failure_ip on login_failure (client_ip, occurred_at);

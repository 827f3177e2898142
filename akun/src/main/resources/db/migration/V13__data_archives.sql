-- "Unduh data saya" (UU 27/2022, the right of access; issue 22): a person's archive, prepared in the background from
-- akun's own part and each service's part. Each part is kept encrypted (AES-GCM, like the NIK); the archive can be
-- downloaded for 7 days after it is ready, then it is deleted. The NIK and the mother's maiden name are never kept
-- here: they are added when the person downloads the archive after typing their password again.
create table data_archive (
	id uuid primary key,
	account_id uuid not null references account on delete cascade,
	issuer text not null,
	status text not null check (status in ('PREPARING', 'READY', 'FAILED')),
	requested_at timestamptz not null,
	attempts integer not null default 0,
	next_attempt_at timestamptz not null,
	ready_at timestamptz,
	expires_at timestamptz,
	downloaded_at timestamptz
);
create index data_archive_account on data_archive (account_id, requested_at desc);
create index data_archive_due on data_archive (next_attempt_at) where status = 'PREPARING';
create index data_archive_expiry on data_archive (expires_at);

create table data_archive_part (
	archive_id uuid not null references data_archive on delete cascade,
	service text not null,
	name text not null,
	position integer not null,
	status text not null check (status in ('WAITING', 'DONE', 'NONE')),
	content bytea,
	done_at timestamptz,
	primary key (archive_id, service)
);

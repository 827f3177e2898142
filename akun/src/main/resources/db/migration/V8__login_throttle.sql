-- Login throttling per (account, client) pair instead of per account (issue 20, item 1):
-- a wrong password from one place no longer holds the account for its owner elsewhere.
-- subject: the account's id, or the keyed hash of a login that matches no account (so an
-- unknown login is slowed exactly like a known one); client: 'device:<id>' for a browser
-- holding a valid device cookie of that account, else 'address:<ip>'.
create table login_throttle (
	subject text not null,
	client text not null,
	failures integer not null,
	wait_until timestamptz,
	last_failure_at timestamptz not null,
	mailed_at timestamptz,
	primary key (subject, client)
);
create index login_throttle_last_failure on login_throttle (last_failure_at);

alter table account drop column failed_logins, drop column login_held_until;

-- The hold mail carries a one-time link that lifts every hold of the account.
alter table link_token drop constraint link_token_purpose_check;
alter table link_token add constraint link_token_purpose_check
	check (purpose in ('EMAIL_VERIFICATION', 'EMAIL_CHANGE', 'PASSWORD_RESET', 'LOGIN_UNLOCK'));

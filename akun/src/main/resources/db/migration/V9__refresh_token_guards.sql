-- Refresh tokens are kept as their SHA-256 (GuardedAuthorizations, issue 20 item 7): the ones
-- stored in clear so far are hashed in place, so the logins they belong to go on.
update oauth2_authorization
set refresh_token_value = 'sha256:' || encode(sha256(convert_to(refresh_token_value, 'UTF8')), 'base64')
where refresh_token_value is not null and refresh_token_value not like 'sha256:%';

-- Refresh tokens replaced by rotation: presenting one again ends its authorization (item 5).
create table oauth2_rotated_refresh_token (
	token_hash text primary key,
	authorization_id varchar(100) not null,
	rotated_at timestamptz not null
);
create index oauth2_rotated_refresh_token_authorization on oauth2_rotated_refresh_token (authorization_id);

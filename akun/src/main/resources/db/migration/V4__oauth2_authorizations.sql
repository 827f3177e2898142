-- Spring Security authorization server: authorizations (codes, tokens, OIDC sessions) and consents,
-- the schema shipped with it adapted to PostgreSQL (blob -> text, timestamp -> timestamptz).
create table oauth2_authorization (
	id varchar(100) not null primary key,
	registered_client_id varchar(100) not null,
	principal_name varchar(200) not null,
	authorization_grant_type varchar(100) not null,
	authorized_scopes varchar(1000) default null,
	attributes text default null,
	state varchar(500) default null,
	authorization_code_value text default null,
	authorization_code_issued_at timestamptz default null,
	authorization_code_expires_at timestamptz default null,
	authorization_code_metadata text default null,
	access_token_value text default null,
	access_token_issued_at timestamptz default null,
	access_token_expires_at timestamptz default null,
	access_token_metadata text default null,
	access_token_type varchar(100) default null,
	access_token_scopes varchar(1000) default null,
	oidc_id_token_value text default null,
	oidc_id_token_issued_at timestamptz default null,
	oidc_id_token_expires_at timestamptz default null,
	oidc_id_token_metadata text default null,
	refresh_token_value text default null,
	refresh_token_issued_at timestamptz default null,
	refresh_token_expires_at timestamptz default null,
	refresh_token_metadata text default null,
	user_code_value text default null,
	user_code_issued_at timestamptz default null,
	user_code_expires_at timestamptz default null,
	user_code_metadata text default null,
	device_code_value text default null,
	device_code_issued_at timestamptz default null,
	device_code_expires_at timestamptz default null,
	device_code_metadata text default null
);
create index oauth2_authorization_principal on oauth2_authorization (principal_name);
create index oauth2_authorization_state on oauth2_authorization (state);
create index oauth2_authorization_code on oauth2_authorization (authorization_code_value);
create index oauth2_authorization_access on oauth2_authorization (access_token_value);
create index oauth2_authorization_refresh on oauth2_authorization (refresh_token_value);
create index oauth2_authorization_id_token on oauth2_authorization (oidc_id_token_value);

create table oauth2_authorization_consent (
	registered_client_id varchar(100) not null,
	principal_name varchar(200) not null,
	authorities varchar(1000) not null,
	primary key (registered_client_id, principal_name)
);

-- Where Jobfair is in akun's account event feed; the row is locked while a page is applied, so two
-- instances never apply the same page, and the position moves in the transaction that applies it.
create table feed_cursor (
	feed text primary key,
	position text not null default '',
	updated_at timestamptz
);
insert into feed_cursor (feed) values ('akun');

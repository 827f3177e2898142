-- Membership offered to an e-mail address before its person has logged in to Jobfair (used by the demo data of the
-- dev profile; team invitations build on it). Claimed at the first login with that verified address.
create table organizer_invitation (
	organizer_id uuid not null references organizer on delete cascade,
	email text not null,
	primary key (organizer_id, email)
);

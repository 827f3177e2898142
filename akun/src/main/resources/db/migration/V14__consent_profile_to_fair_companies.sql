-- An optional consent, not given unless the person gives it (issue 22): companies taking part in a job fair the person
-- follows may see their profile (without contact data) and write to them. An empty notice version: never given.
alter table account_consent drop constraint account_consent_purpose_check;
alter table account_consent add constraint account_consent_purpose_check
	check (purpose in ('PRIVACY_NOTICE', 'EMAIL_NOTIFICATIONS', 'SMS_REMINDERS', 'PROFILE_TO_FAIR_COMPANIES'));
insert into account_consent (account_id, purpose, given, notice_version, changed_at)
select id, 'PROFILE_TO_FAIR_COMPANIES', false, '', created_at from account
on conflict do nothing;

-- Consents (UU 27/2022, issue 22): what each person agreed to, to which version of the privacy notice, and when it last
-- changed. PRIVACY_NOTICE is given at registration and needed for an account; the others (e-mail notifications, SMS
-- reminders from SIAPkerja's services) may be withdrawn and given again on the consents page. Changes are also in the
-- account's activity.
create table account_consent (
	account_id uuid not null references account on delete cascade,
	purpose text not null check (purpose in ('PRIVACY_NOTICE', 'EMAIL_NOTIFICATIONS', 'SMS_REMINDERS')),
	given boolean not null,
	notice_version text not null,
	changed_at timestamptz not null,
	primary key (account_id, purpose)
);

insert into account_consent (account_id, purpose, given, notice_version, changed_at)
select a.id, p.purpose, true, coalesce(a.privacy_notice_version, '2026-11'), coalesce(a.privacy_consent_at, a.created_at)
from account a cross join (values ('PRIVACY_NOTICE'), ('EMAIL_NOTIFICATIONS'), ('SMS_REMINDERS')) as p(purpose);

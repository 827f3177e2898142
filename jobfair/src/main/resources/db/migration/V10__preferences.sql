-- What a member wants to receive outside the page (the page's notifications cannot be turned off).
alter table member add column sms_reminders boolean not null default true;
alter table member add column email_notifications boolean not null default true;

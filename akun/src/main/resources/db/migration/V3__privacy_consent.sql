-- When the person agreed to the privacy notice, and to which version (UU 27/2022: consent must be provable).
alter table account add column privacy_consent_at timestamptz;
alter table account add column privacy_notice_version text;

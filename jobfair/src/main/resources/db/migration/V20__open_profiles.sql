-- A seeker who gives akun's consent PROFILE_TO_FAIR_COMPANIES (issue 22) is shown, without contact data, to the
-- companies taking part in the fairs they follow; a copy of the consent is kept with the profile, refreshed with it.
alter table seeker_profile add column open_to_companies boolean not null default false;
create index seeker_profile_open on seeker_profile (sub) where open_to_companies;

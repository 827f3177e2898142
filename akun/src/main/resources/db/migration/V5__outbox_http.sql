-- The outbox also carries HTTP notifications to services (OIDC back-channel logout tokens).
alter table outbox_message drop constraint outbox_message_channel_check;
alter table outbox_message add constraint outbox_message_channel_check check (channel in ('SMS', 'EMAIL', 'HTTP'));

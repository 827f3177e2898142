-- Each module's SQL names only its own tables (ADR 7). The check-in reminder (notification) goes through a fair's
-- followers (seeker) in the order they followed, asked through the seeker module, and goes on from the last one it
-- reminded for a start instead of comparing every follower with every reminder.
alter table checkin_reminder add column followed_at timestamptz;
create index checkin_reminder_progress on checkin_reminder (fair_id, starts_at, followed_at);
create index fair_follower_followed on fair_follower (fair_id, followed_at, sub);

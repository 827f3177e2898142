/**
 * Notifications: in the page (the bell), by e-mail and SMS through the outbox; the
 * check-in reminder.
 */
@ApplicationModule(allowedDependencies = { "application", "company", "entry", "fair", "member", "messaging",
		"organizer", "participation", "seeker" })
@OwnsTables({ "notification", "checkin_reminder", "application_digest", "digest_application", "unread_message",
		"message_mail", "outcome_reminder" })
package id.siapkerja.jobfair.notification;

import id.siapkerja.webkit.modules.OwnsTables;

import org.springframework.modulith.ApplicationModule;

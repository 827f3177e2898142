package id.siapkerja.jobfair.notification;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import id.siapkerja.jobfair.application.ApplicationChanged;
import id.siapkerja.jobfair.application.ApplicationSubmitted;
import id.siapkerja.jobfair.application.InterviewPlanned;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.company.Company;
import id.siapkerja.jobfair.company.CompanyId;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairChanged;
import id.siapkerja.jobfair.fair.FairStatus;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.jobfair.participation.ParticipationDecided;
import id.siapkerja.jobfair.participation.ParticipationRequested;
import id.siapkerja.jobfair.participation.Participations;
import id.siapkerja.jobfair.seeker.Followers;
import id.siapkerja.webkit.outbox.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what, in the page, in the transaction of the change: the organizer's
 * members about their fair's verification, rejection, publication and cancellation; a
 * company's members about the decision on their request; a seeker about each move of an
 * application, interviews included.
 */
@Component
class WhatHappened {

	private final Notifications notifications;

	private final Organizers organizers;

	private final Companies companies;

	private final Members members;

	private final Followers followers;

	private final Participations participations;

	private final Fairs fairs;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	private final Clock clock;

	WhatHappened(Notifications notifications, Organizers organizers, Companies companies, Members members,
			Followers followers, Participations participations, Fairs fairs, Outbox outbox, MessageSource messages,
			@Value("${siapkerja.jobfair.base-url}") String baseUrl, Clock clock) {
		this.clock = clock;
		this.members = members;
		this.followers = followers;
		this.participations = participations;
		this.fairs = fairs;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.notifications = notifications;
		this.organizers = organizers;
		this.companies = companies;
	}

	@ApplicationModuleListener
	void fairChanged(FairChanged event) {
		String title = event.title();
		switch (event.status()) {
			case SUBMITTED -> this.members.adminSubs()
				.forEach((sub) -> tell(sub, "notify.fair.submitted", List.of(title),
						"/admin/jobfair/" + event.fairId()));
			case ONGOING -> this.followers.subsOf(event.fairId(), true)
				.forEach((sub) -> tell(sub, "notify.fair.started", List.of(title),
						"/portofolio/jobfair/" + event.fairId()));
			case CANCELLED -> {
				String reason = event.reason() == null ? "" : event.reason();
				this.followers.subsOf(event.fairId(), false)
					.forEach((sub) -> tell(sub, "notify.fair.cancelled", List.of(title, reason),
							"/portofolio/jobfair/" + event.fairId()));
				for (CompanyId company : this.participations.companiesOf(event.fairId())) {
					this.companies.activeMemberSubs(company)
						.forEach((sub) -> tell(sub, "notify.fair.cancelled", List.of(title, reason),
								"/perusahaan/" + company + "/jobfair"));
				}
			}
			default -> {
			}
		}
		if (List.of(FairStatus.VERIFIED, FairStatus.REJECTED, FairStatus.PUBLISHED, FairStatus.CANCELLED)
			.contains(event.status())) {
			for (String sub : this.organizers.memberSubs(event.organizerId())) {
				tell(sub, "notify.fair." + event.status().name().toLowerCase(Locale.ROOT),
						List.of(event.title(), event.reason() == null ? "" : event.reason()),
						"/kelola/jobfair/" + event.fairId());
			}
		}
	}

	@ApplicationModuleListener
	void participationRequested(ParticipationRequested event) {
		String company = this.companies.byId(event.companyId()).map(Company::name).orElse("");
		this.fairs.byId(event.fairId())
			.ifPresent((fair) -> this.organizers.memberSubs(fair.organizerId())
				.forEach((sub) -> tell(sub, "notify.participation.requested", List.of(company, fair.title()),
						"/kelola/jobfair/" + fair.id() + "/perusahaan")));
	}

	@ApplicationModuleListener
	void participationDecided(ParticipationDecided event) {
		for (String sub : this.companies.activeMemberSubs(event.companyId())) {
			tell(sub, event.accepted() ? "notify.participation.accepted" : "notify.participation.rejected",
					List.of(event.reason() == null ? "" : event.reason()),
					"/perusahaan/" + event.companyId() + "/jobfair/" + event.fairId() + "/ikuti");
		}
	}

	/**
	 * An interview scheduled, moved or cancelled: by SMS (scheduled or moved) and by
	 * e-mail with an iCalendar invitation that updates the same calendar event each time.
	 */
	@ApplicationModuleListener
	void interviewPlanned(InterviewPlanned event) {
		this.members.bySub(event.sub()).ifPresent((member) -> {
			Locale locale = member.language();
			String zone = Fair.Zone.of(event.zone()).name();
			String when = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").format(event.startsAt().atZone(event.zone()))
					+ " " + zone;
			Object[] args = { event.vacancyTitle(), event.companyName(), when, event.location(), event.contact() };
			String key = event.cancelled() ? "interview.message.cancelled"
					: (event.sequence() == 0 ? "interview.message.scheduled" : "interview.message.moved");
			if (!event.cancelled() && member.wantsSms()) {
				this.outbox.sms(member.phone(), this.messages.getMessage(key + ".sms", args, locale));
			}
			if (member.wantsEmail()) {
				String subject = this.messages.getMessage(key + ".subject", args, locale);
				this.outbox.email(member.email(), subject,
						this.messages.getMessage(key + ".body", args, locale) + "\n\n" + this.baseUrl
								+ "/portofolio/lamaran",
						new Outbox.Attachment("wawancara.ics",
								"text/calendar; charset=UTF-8; method=" + (event.cancelled() ? "CANCEL" : "REQUEST"),
								Calendars.invitation(event, subject, this.clock.instant())));
			}
		});
	}

	/**
	 * A new applicant: the company's team sees it in the page, linked to the applicant;
	 * by e-mail they get the hourly {@link ApplicationDigest}, not one mail per
	 * applicant.
	 */
	@ApplicationModuleListener
	void applicationSubmitted(ApplicationSubmitted event) {
		String name = this.members.bySub(event.sub()).map(Member::name).orElse("");
		for (String sub : this.companies.activeMemberSubs(event.companyId())) {
			this.notifications.tell(sub, "notify.application.received", List.of(event.vacancyTitle(), name),
					"/perusahaan/" + event.companyId() + "/pelamar/" + event.applicationId());
		}
	}

	@ApplicationModuleListener
	void applicationChanged(ApplicationChanged event) {
		if ("WITHDRAW".equals(event.status())) {
			return;
		}
		String key = "notify.application." + event.status().toLowerCase(Locale.ROOT);
		tell(event.sub(), key, List.of(), "/portofolio/lamaran#application-" + event.applicationId());

	}

	/**
	 * In the page, and by e-mail in the person's language when they have a verified
	 * address and want e-mail.
	 */
	private void tell(String sub, String key, List<?> arguments, String link) {
		this.notifications.tell(sub, key, arguments, link);
		this.members.bySub(sub).filter((member) -> member.wantsEmail()).ifPresent((member) -> {
			Locale locale = member.language();
			this.outbox.email(member.email(), this.messages.getMessage("notify.mail.subject", null, locale),
					this.messages.getMessage(key, arguments.toArray(), locale) + "\n\n" + this.baseUrl + link);
		});
	}

}

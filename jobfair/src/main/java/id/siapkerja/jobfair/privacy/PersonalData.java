package id.siapkerja.jobfair.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.siapkerja.jobfair.application.Applications;
import id.siapkerja.jobfair.application.Interviews;
import id.siapkerja.jobfair.application.Outcomes;
import id.siapkerja.jobfair.application.Portfolio;
import id.siapkerja.jobfair.application.Snapshot;
import id.siapkerja.jobfair.company.Companies;
import id.siapkerja.jobfair.entry.EntrySessions;
import id.siapkerja.jobfair.fair.Fair;
import id.siapkerja.jobfair.fair.FairId;
import id.siapkerja.jobfair.fair.Fairs;
import id.siapkerja.jobfair.member.Member;
import id.siapkerja.jobfair.member.Members;
import id.siapkerja.jobfair.messaging.Conversations;
import id.siapkerja.jobfair.notification.Notifications;
import id.siapkerja.jobfair.organizer.Organizers;
import id.siapkerja.jobfair.seeker.Followers;
import id.siapkerja.jobfair.seeker.SeekerProfile;
import id.siapkerja.jobfair.seeker.SeekerProfiles;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Jobfair keeps of one person, for "Unduh data saya" (UU 27/2022, the right of
 * access): the member record and the copy of their profile, the fairs they follow and
 * check-ins, their applications with the profile each one kept, interviews and outcomes,
 * their arrival bookings, their conversations as a seeker and what they wrote for a
 * company or organizer, their notifications, the teams they belong to. Of other people
 * nothing: the other side of a conversation is named by its company or organizer, the
 * history of an application says what changed and when, not who.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonalData {

	private final Members members;

	private final SeekerProfiles profiles;

	private final Followers followers;

	private final Fairs fairs;

	private final Portfolio portfolio;

	private final EntrySessions entry;

	private final Conversations conversations;

	private final Notifications notifications;

	private final Companies companies;

	private final Organizers organizers;

	private final MessageSource messages;

	private final Clock clock;

	/** Jobfair's part of the person's archive. */
	public record Archive(String service, Instant madeAt, MemberPart member, Map<String, Object> profileCopy,
			List<Follow> follows, List<ApplicationPart> applications, List<Booking> arrivalBookings,
			List<ConversationPart> conversations, List<WrittenPart> writtenForOrganizations,
			List<NotificationPart> notifications, List<Team> companies, List<Team> organizers) {
	}

	public record MemberPart(String sub, String name, String email, boolean emailVerified, String phone,
			String language, Instant firstLoginAt, Instant lastLoginAt, boolean smsReminders,
			boolean emailNotifications) {
	}

	public record Follow(String fair, String fairTitle, Instant followedAt, Instant checkedInAt) {
	}

	public record ApplicationPart(UUID id, String fairTitle, String vacancy, String company, String status, String note,
			String reason, Instant submittedAt, Instant updatedAt, Snapshot profileSent, List<Change> history,
			List<InterviewPart> interviews, OutcomePart outcome) {
	}

	public record Change(Instant at, String from, String to, String detail) {
	}

	public record InterviewPart(Instant startsAt, String mode, String location, String contact, String notes,
			Instant cancelledAt) {
	}

	public record OutcomePart(String result, LocalDate startDate, String contract, String wageBand, Instant recordedAt,
			Instant confirmedByYouAt) {
	}

	public record Booking(String fairTitle, Instant sessionStartsAt, Instant sessionEndsAt, Instant bookedAt,
			Instant cancelledAt, Instant arrivedAt) {
	}

	public record ConversationPart(String fairTitle, String with, List<Conversations.KeptMessage> messages) {
	}

	public record WrittenPart(String fairTitle, String as, Instant sentAt, String text) {
	}

	public record NotificationPart(String text, String link, Instant createdAt, boolean read) {
	}

	public record Team(String id, String name) {
	}

	/** The person's part, or empty when they never signed in to Jobfair. */
	@Transactional(readOnly = true)
	public Optional<Archive> of(String sub) {
		Optional<Member> found = this.members.bySub(sub);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Member member = found.get();
		List<Followers.Following> follows = this.followers.ofSeeker(sub);
		List<EntrySessions.Kept> bookings = this.entry.keptFor(sub);
		List<Conversations.Kept> kept = this.conversations.keptFor(sub);
		List<Conversations.Written> written = this.conversations.writtenBy(sub);
		Set<FairId> fairIds = new HashSet<>();
		follows.forEach((follow) -> fairIds.add(follow.fairId()));
		bookings.forEach((booking) -> fairIds.add(booking.fairId()));
		kept.forEach((conversation) -> fairIds.add(conversation.fairId()));
		written.forEach((message) -> fairIds.add(message.fairId()));
		Map<FairId, String> titles = new HashMap<>();
		this.fairs.byIds(fairIds).forEach((fair) -> titles.put(fair.id(), fair.title()));
		List<ApplicationPart> applications = this.portfolio.of(sub).stream().map(PersonalData::application).toList();
		return Optional.of(new Archive(
				"jobfair", this.clock.instant(), new MemberPart(member.sub(), member.name(), member.email(),
						member.emailVerified(), member.phone(), member.locale(), member.firstLoginAt(),
						member.lastLoginAt(), member.smsReminders(), member.emailNotifications()),
				this.profiles.of(sub).map(SeekerProfile::view).orElse(null),
				follows.stream()
					.map((follow) -> new Follow(follow.fairId().toString(), titles.get(follow.fairId()),
							follow.followedAt(), follow.checkedInAt()))
					.toList(),
				applications,
				bookings.stream()
					.map((booking) -> new Booking(titles.get(booking.fairId()), booking.sessionStartsAt(),
							booking.sessionEndsAt(), booking.bookedAt(), booking.cancelledAt(), booking.scannedAt()))
					.toList(),
				kept.stream()
					.map((conversation) -> new ConversationPart(titles.get(conversation.fairId()), conversation.with(),
							conversation.messages()))
					.toList(),
				written.stream()
					.map((message) -> new WrittenPart(titles.get(message.fairId()), message.as().name(),
							message.sentAt(), message.text()))
					.toList(),
				this.notifications.allOf(sub)
					.stream()
					.map((notification) -> new NotificationPart(
							this.messages.getMessage(notification.messageKey(), notification.args(),
									notification.messageKey(), member.language()),
							notification.link(), notification.createdAt(), notification.read()))
					.toList(),
				this.companies.of(sub)
					.stream()
					.map((company) -> new Team(company.id().toString(), company.name()))
					.toList(),
				this.organizers.of(sub)
					.stream()
					.map((organizer) -> new Team(organizer.id().toString(), organizer.name()))
					.toList()));
	}

	private static ApplicationPart application(Portfolio.Mine mine) {
		Applications.Application application = mine.application();
		Fair fair = mine.fair();
		List<InterviewPart> interviews = new ArrayList<>();
		if (mine.interview() != null) {
			interviews.add(interview(mine.interview()));
		}
		if (mine.cancelledInterview() != null) {
			interviews.add(interview(mine.cancelledInterview()));
		}
		Outcomes.Outcome outcome = mine.outcome();
		return new ApplicationPart(application.id(), fair.title(), mine.vacancy().title(), mine.companyName(),
				application.status().name(), application.note(), application.reason(), application.submittedAt(),
				application.updatedAt(), application.snapshot(),
				mine.history()
					.stream()
					.map((change) -> new Change(change.occurredAt(),
							change.from() == null ? null : change.from().name(), change.to().name(), change.detail()))
					.toList(),
				interviews,
				outcome == null ? null
						: new OutcomePart(outcome.result() == null ? null : outcome.result().name(),
								outcome.startDate(), outcome.contract() == null ? null : outcome.contract().name(),
								outcome.wage() == null ? null : outcome.wage().name(), outcome.recordedAt(),
								outcome.seekerConfirmedAt()));
	}

	private static InterviewPart interview(Interviews.Interview interview) {
		return new InterviewPart(interview.startsAt(), interview.mode().name(), interview.location(),
				interview.contact(), interview.notes(), interview.cancelledAt());
	}

}

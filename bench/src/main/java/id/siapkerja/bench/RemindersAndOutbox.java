package id.siapkerja.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

/**
 * RemindersAndOutbox: the followers of a published fair reach the two-hour mark before
 * its start. How long until every check-in reminder is queued (the page notification, the
 * SMS and the e-mail, in one transaction each run of the job), and until gov-sim's SMS
 * gateway has received every SMS and its mail catcher every e-mail (the outbox's send
 * rate, to real HTTP and SMTP).
 */
@RequiredArgsConstructor
final class RemindersAndOutbox {

	/** How long after seeding the followers reach the two-hour mark. */
	private static final Duration LEAD = Duration.ofSeconds(20);

	private final Bench.Run run;

	/** One look at the counters, seconds after the two-hour mark. */
	record Sample(double seconds, long queued, long smsReceived, long mailReceived, long failedAttempts) {
	}

	boolean run() throws Exception {
		Scale scale = this.run.scale();
		int followers = scale.number("reminder-followers");
		Path dir = this.run.freshDir("reminders-and-outbox");
		try (StackProcess stack = StackProcess.start(this.run.stackJar(), dir.resolve("data"), null, Map.of())) {
			NationalFair.Fair fair;
			Instant mark;
			try (Connection akun = stack.database("akun"); Connection jobfair = stack.database("jobfair")) {
				List<Accounts.Account> accounts = Accounts.seed(akun, stack.dataDir, "pengikut", followers);
				mark = Instant.now().plus(LEAD);
				fair = NationalFair.seed(jobfair, "Jobfair Nasional (bench, pengingat)", "PUBLISHED",
						mark.plus(Duration.ofHours(2)), 10, 100);
				NationalFair.members(jobfair, accounts);
				NationalFair.follow(jobfair, fair.id(), accounts, false);
			}
			long smsBase = received(stack.govsim() + "/api/sms/count");
			long mailBase = received(stack.govsim() + "/api/mail/count");
			List<Sample> samples = new ArrayList<>();
			Instant deadline = mark.plus(scale.minutes("reminder-timeout-minutes"));
			boolean done = false;
			try (Connection jobfair = stack.database("jobfair")) {
				while (Instant.now().isBefore(deadline)) {
					double seconds = Duration.between(mark, Instant.now()).toMillis() / 1000.0;
					long queued = NationalFair.count(jobfair, "select count(*) from checkin_reminder where fair_id = ?",
							fair.id());
					long failed = NationalFair.count(jobfair,
							"select count(*) from outbox_message where attempts > 0 and last_error is not null");
					Sample sample = new Sample(seconds, queued, received(stack.govsim() + "/api/sms/count") - smsBase,
							received(stack.govsim() + "/api/mail/count") - mailBase, failed);
					if (seconds >= -1) {
						samples.add(sample);
					}
					if (sample.queued() >= followers && sample.smsReceived() >= followers
							&& sample.mailReceived() >= followers) {
						done = true;
						break;
					}
					StackProcess.sleep(seconds < 0 ? 200 : 1000);
				}
			}
			report(stack, followers, samples, done);
			// at full scale a run that does not finish in time is a finding of the
			// report;
			// in a smoke run it means the reminders or the outbox broke
			return done || !scale.isSmoke();
		}
	}

	private void report(StackProcess stack, int followers, List<Sample> samples, boolean done) {
		Sample last = samples.isEmpty() ? new Sample(0, 0, 0, 0, 0) : samples.get(samples.size() - 1);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("reminders queued (page notification, SMS and e-mail in the outbox)",
				first(samples, followers, Sample::queued)));
		rows.add(List.of("every SMS received by gov-sim's gateway (HTTP)",
				first(samples, followers, Sample::smsReceived)));
		rows.add(List.of("every e-mail received by gov-sim's mail catcher (SMTP)",
				first(samples, followers, Sample::mailReceived)));
		List<List<String>> timeline = new ArrayList<>();
		double nextAt = 0;
		for (Sample sample : samples) {
			if (sample.seconds() >= nextAt || sample == last) {
				timeline.add(List.of(Report.format("%.0f", sample.seconds()), Report.format("%,d", sample.queued()),
						Report.format("%,d", sample.smsReceived()), Report.format("%,d", sample.mailReceived()),
						Report.format("%,d", sample.failedAttempts())));
				nextAt = sample.seconds() + Math.max(5, samples.get(samples.size() - 1).seconds() / 20);
			}
		}
		double queuedAt = samples.stream()
			.filter((sample) -> sample.queued() >= followers)
			.mapToDouble(Sample::seconds)
			.findFirst()
			.orElse(0);
		double sendSeconds = Math.max(1, last.seconds() - queuedAt);
		new Report(this.run.reportsDir(), "reminders-and-outbox", "RemindersAndOutbox: the two-hour mark of a fair")
			.paragraph(Report.format("%,d followers of a published fair (each a Jobfair member with a verified e-mail "
					+ "and a mobile number, SMS and e-mail not turned off) reach the two-hour mark before its start "
					+ "at the same moment. Jobfair's check-in reminder job (every 2 s, the stack's default) records "
					+ "each reminder under its unique key with its page notification and puts the SMS and the e-mail "
					+ "into the outbox in the same transaction, 5,000 followers per transaction with multi-row inserts; "
					+ "the outbox dispatcher sends each channel on its own (batches of 100 claimed with a lease, "
					+ "8 sends in flight per channel, e-mails over one SMTP connection per share, no row lock held "
					+ "while sending) to gov-sim over real HTTP and SMTP. Times are from the two-hour mark; the bench "
					+ "reads Jobfair's tables and gov-sim's counters (`/api/sms/count`, `/api/mail/count`) every "
					+ "second. Apps: `%s`.", followers, stack.appJavaOptionsShown()))
			.heading("Figures")
			.table(List.of("what", "done after s"), rows)
			.paragraph(done
					? Report.format(
							"Outbox send rate: %,.0f messages per second over the whole run (%,d SMS and "
									+ "%,d e-mails).",
							(last.smsReceived() + last.mailReceived()) / sendSeconds, last.smsReceived(),
							last.mailReceived())
					: Report.format(
							"**Not finished within the time limit**: after %.0f s %,d reminders queued, %,d SMS "
									+ "and %,d e-mails received (%,.0f messages per second); at that rate the %,d "
									+ "messages would all have left about %.0f minutes after the mark.",
							last.seconds(), last.queued(), last.smsReceived(), last.mailReceived(),
							(last.smsReceived() + last.mailReceived()) / sendSeconds, 2L * followers,
							(queuedAt + 2.0 * followers * sendSeconds
									/ Math.max(1, last.smsReceived() + last.mailReceived())) / 60))
			.heading("Over time")
			.table(List.of("s after the mark", "reminders queued", "SMS received", "e-mails received",
					"outbox messages with a failed attempt"), timeline)
			.write();
	}

	private static String first(List<Sample> samples, int target, java.util.function.ToLongFunction<Sample> counter) {
		for (Sample sample : samples) {
			if (counter.applyAsLong(sample) >= target) {
				return Report.format("%.0f", sample.seconds());
			}
		}
		return "not within the run";
	}

	private static long received(String url) {
		try {
			String body = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			return Long.parseLong(body.replaceAll("\\D", ""));
		}
		catch (IOException | NumberFormatException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}

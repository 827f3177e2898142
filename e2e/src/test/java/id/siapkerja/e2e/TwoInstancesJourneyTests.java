package id.siapkerja.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Jobfair instances behind nginx on loopback, as
 * docs/nginx/jobfair-two-instances.conf describes: the stack's instance and a second one
 * on the same database, nginx spreading every request over both. Logging in (the session
 * in PostgreSQL), following, checking in and a conversation whose messages appear without
 * reloading all work as with one.
 */
class TwoInstancesJourneyTests {

	private static final String FAIR = "Bursa Kerja Cibinong Sedang Berlangsung";

	private static RunningStack stack;

	private static Process secondJobfair;

	private static Process nginx;

	private static Path nginxDir;

	private static int nginxPort;

	private static int secondPort;

	@BeforeAll
	static void startTwoInstancesBehindNginx() throws Exception {
		nginxPort = RunningStack.freePort();
		secondPort = RunningStack.freePort();
		stack = RunningStack.fresh().start("--jobfair-url=http://localhost:" + nginxPort);
		secondJobfair = startSecondJobfair();
		nginx = startNginx();
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor();
		}
		if (secondJobfair != null) {
			secondJobfair.destroy();
			secondJobfair.waitFor();
		}
		if (stack != null) {
			stack.stop();
		}
	}

	@Test
	void aConversationWorksAcrossTwoInstances() throws Exception {
		String jobfair = "http://localhost:" + nginxPort;
		ChromeDriver seeker = Browser.open(1280, 1000);
		ChromeDriver recruiter = Browser.open(1280, 1000);
		try {
			WebDriverWait seekerWait = new WebDriverWait(seeker, Duration.ofSeconds(30));
			logIn(seeker, jobfair, "pencaker@demo.siapkerja.id", "Pencaker#Demo2026");
			seeker.get(jobfair + "/");
			Browser.click(seeker, By.linkText(FAIR));
			Browser.click(seeker, By.id("follow-seeker"));
			Browser.click(seeker, By.id("follow"));
			Browser.click(seeker, By.id("check-in-button"));
			seekerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("checked-in")));
			Browser.openExhibitor(seeker, "PT Demo Maju Bersama");
			Browser.click(seeker, By.id("message-company"));
			seeker.findElement(By.id("body")).sendKeys("Halo dari instans mana pun.");
			Browser.click(seeker, By.id("send"));
			seekerWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "instans mana pun"));
			String conversation = seeker.getCurrentUrl();

			WebDriverWait recruiterWait = new WebDriverWait(recruiter, Duration.ofSeconds(30));
			logIn(recruiter, jobfair, "perusahaan@demo.siapkerja.id", "Perusahaan#Demo2026");
			recruiter.get(conversation);
			recruiterWait
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "instans mana pun"));
			// each browser keeps its live connection on one instance while nginx sends
			// the
			// posts round robin: the answers arrive through PostgreSQL NOTIFY
			for (int i = 1; i <= 3; i++) {
				recruiter.findElement(By.id("body")).sendKeys("Jawaban ke-" + i);
				Browser.click(recruiter, By.id("send"));
				int n = i;
				seekerWait
					.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Jawaban ke-" + n));
			}
		}
		finally {
			seeker.quit();
			recruiter.quit();
		}
		String log = Files.readString(nginxDir.resolve("access.log"));
		assertThat(log).as("both instances served requests")
			.contains("127.0.0.1:" + stack.jobfairPort)
			.contains("127.0.0.1:" + secondPort);
	}

	private static void logIn(ChromeDriver browser, String jobfair, String email, String password) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(jobfair + "/oauth2/authorization/akun");
		wait.until(ExpectedConditions.urlContains(stack.akunUrl() + "/login"));
		browser.findElement(By.id("identitas")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		Browser.click(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
		wait.until(ExpectedConditions.urlContains(jobfair));
	}

	/** The second instance: the same jar and settings as the stack's, another port. */
	private static Process startSecondJobfair() throws Exception {
		Path jar = Path.of(System.getProperty("siapkerja.stack-jar", "../stack/target/siapkerja-stack.jar"))
			.toAbsolutePath()
			.getParent()
			.resolve("apps")
			.resolve("jobfair.jar");
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m",
				"-jar", jar.toString());
		Map<String, String> env = builder.environment();
		env.put("SERVER_PORT", String.valueOf(secondPort));
		env.put("SIAPKERJA_DATA_DIR", stack.dataDir.toString());
		env.put("SIAPKERJA_PARENT_PID", String.valueOf(stack.handle().pid()));
		env.put("SIAPKERJA_URLS_AKUN", stack.akunUrl());
		env.put("SIAPKERJA_URLS_JOBFAIR", "http://localhost:" + nginxPort);
		env.put("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", "127.0.0.1/32, ::1/128");
		env.put("SIAPKERJA_URLS_GOVSIM", stack.govsimUrl());
		env.put("SPRING_MAIL_PORT", String.valueOf(stack.smtpPort));
		Path log = Files.createDirectories(stack.dataDir.resolve("logs")).resolve("jobfair-2.log");
		Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("The second Jobfair stopped:\n" + Files.readString(log));
			}
			try {
				return http
					.send(HttpRequest
						.newBuilder(URI.create("http://localhost:" + secondPort + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body()
					.contains("UP");
			}
			catch (IOException ex) {
				return false;
			}
		});
		return process;
	}

	/**
	 * nginx from Debian, configured like docs/nginx/jobfair-two-instances.conf with these
	 * ports.
	 */
	private static Process startNginx() throws Exception {
		nginxDir = Files.createDirectories(stack.dataDir.resolve("nginx"));
		String template = Files.readString(Path.of("../docs/nginx/jobfair-two-instances.conf"));
		String config = template.replace("127.0.0.1:8000", "127.0.0.1:" + nginxPort)
			.replace("127.0.0.1:8081", "127.0.0.1:" + stack.jobfairPort)
			.replace("127.0.0.1:8082", "127.0.0.1:" + secondPort);
		if ("root".equals(System.getProperty("user.name"))) {
			config = "user root;\n" + config;
		}
		Files.writeString(nginxDir.resolve("jobfair.conf"), config, StandardCharsets.UTF_8);
		for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
			Files.createDirectories(nginxDir.resolve(temp));
		}
		String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
		Process process = new ProcessBuilder(binary, "-p", nginxDir.toString(), "-c", "jobfair.conf", "-g",
				"daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(nginxDir.resolve("nginx.out").toFile())
			.start();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("nginx stopped: " + Files.readString(nginxDir.resolve("nginx.out"))
						+ readIfExists(nginxDir.resolve("error.log")));
			}
			return RunningStack.listening(nginxPort);
		});
		return process;
	}

	private static String readIfExists(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file) : "";
	}

}

package id.siapkerja.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT training runs apps of its own beside the stack's; when the stack stops, the
 * step under way stops with it and no further one starts (a training app holds a lease on
 * the database, which would otherwise outlive the stack).
 */
class AotCachesTests {

	@TempDir
	Path dir;

	@Test
	void aTrainingStepUnderWayStopsWhenTheStackStopsAndNoOtherStarts() throws Exception {
		// a "java" that says who it is and then takes its time, as a training app does
		Path pidFile = this.dir.resolve("step.pid");
		Path calls = this.dir.resolve("calls");
		Path java = this.dir.resolve("java");
		Files.writeString(java, "#!/bin/sh\necho x >> " + calls + "\necho $$ > " + pidFile + "\nexec sleep 120\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
		Path jar = Files.writeString(this.dir.resolve("jobfair.jar"), "not really a jar");
		AotCaches caches = new AotCaches(this.dir.resolve("data"));
		Path log = this.dir.resolve("train.log");

		CompletableFuture<Boolean> trained = CompletableFuture.supplyAsync(() -> {
			try {
				return caches.train(java.toString(), List.of(), "jobfair", jar, Map.of(), log);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!(Files.isRegularFile(pidFile) && Files.size(pidFile) > 0) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		ProcessHandle step = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).orElseThrow();

		caches.cancel(Duration.ofSeconds(5));

		assertThat(step.isAlive()).isFalse();
		assertThat(trained.get(10, TimeUnit.SECONDS)).isFalse();
		assertThat(Files.readAllLines(calls)).as("steps started").hasSize(1);
		assertThat(caches.train(java.toString(), List.of(), "jobfair", jar, Map.of(), log)).isFalse();
		assertThat(Files.readAllLines(calls)).as("steps started after the stop").hasSize(1);
	}

}

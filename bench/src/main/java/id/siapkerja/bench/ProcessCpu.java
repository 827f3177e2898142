package id.siapkerja.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of a process (user and system, its threads) from Linux's /proc. */
final class ProcessCpu {

	/** Clock ticks per second of /proc's counters (USER_HZ, 100 on Linux). */
	private static final double TICKS = 100.0;

	private ProcessCpu() {
	}

	static double seconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			// the command name in parentheses may hold spaces: count fields after it
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the line, 12 and 13 after the name
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * CPU seconds of a process and of its children that ended and were waited for (how
	 * PostgreSQL's ended backends are counted).
	 */
	static double withEndedChildren(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
					+ Long.parseLong(fields[14])) / TICKS;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** CPU seconds of this JVM (the load generator). */
	static double self() {
		return seconds(ProcessHandle.current().pid());
	}

}

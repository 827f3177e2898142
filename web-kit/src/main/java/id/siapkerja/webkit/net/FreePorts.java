package id.siapkerja.webkit.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a server to listen on later, chosen below the system's ephemeral range. A
 * port the system hands out for "any free port" comes from the ephemeral range, which is
 * also where every outgoing connection takes its local port: in the seconds between
 * choosing it and the server binding it, a connection to the database or a browser could
 * take it ("Port … was already in use"). Below the range only servers bind.
 */
public final class FreePorts {

	/** The lowest port chosen: above the well-known and most registered services. */
	static final int LOWEST = 20000;

	private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

	private FreePorts() {
	}

	/** One free loopback port, outside the ephemeral range. */
	public static int one() throws IOException {
		return some(1)[0];
	}

	/** Free loopback ports, all different, outside the ephemeral range. */
	public static int[] some(int count) throws IOException {
		int[] range = candidates(ephemeralRange());
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int attempt = 0; attempt < 1000 && held.size() < count; attempt++) {
				int port = ThreadLocalRandom.current().nextInt(range[0], range[1]);
				try {
					held.add(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()));
				}
				catch (IOException taken) {
					// in use: another one
				}
			}
			if (held.size() < count) {
				throw new IOException("No free port found between " + range[0] + " and " + range[1]);
			}
			return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
		}
		finally {
			for (ServerSocket socket : held) {
				socket.close();
			}
		}
	}

	/**
	 * The ports to choose from, [from, to): below the ephemeral range when there is room
	 * there, else (an unusual system) above it.
	 */
	static int[] candidates(int[] ephemeral) {
		if (ephemeral[0] - LOWEST >= 2000) {
			return new int[] { LOWEST, ephemeral[0] };
		}
		if (65536 - (ephemeral[1] + 1) >= 2000) {
			return new int[] { ephemeral[1] + 1, 65536 };
		}
		return new int[] { LOWEST, 65536 };
	}

	/** The system's ephemeral range (Linux's default where it cannot be read). */
	static int[] ephemeralRange() {
		try {
			String[] bounds = Files.readString(EPHEMERAL_RANGE).strip().split("\\s+");
			return new int[] { Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]) };
		}
		catch (IOException | RuntimeException ex) {
			return new int[] { 32768, 60999 };
		}
	}

}

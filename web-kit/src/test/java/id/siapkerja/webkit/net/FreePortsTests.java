package id.siapkerja.webkit.net;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTests {

	@Test
	void portsAreFreeDifferentAndOutsideTheEphemeralRange() throws Exception {
		int[] ephemeral = FreePorts.ephemeralRange();
		int[] ports = FreePorts.some(5);
		assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(5);
		for (int port : ports) {
			assertThat(port).as("outgoing connections take their ports from the ephemeral range")
				.matches((p) -> p < ephemeral[0] || p > ephemeral[1]);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				assertThat(socket.getLocalPort()).isEqualTo(port);
			}
		}
	}

	@Test
	void belowTheRangeWhenThereIsRoomElseAbove() {
		assertThat(FreePorts.candidates(new int[] { 32768, 60999 })).containsExactly(20000, 32768);
		assertThat(FreePorts.candidates(new int[] { 1024, 50000 })).containsExactly(50001, 65536);
		assertThat(FreePorts.candidates(new int[] { 1024, 65535 })).containsExactly(20000, 65536);
	}

}

package id.siapkerja.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flame graph (SVG) and a summary of a JFR recording's CPU samples: {@code java -cp
 * bench/target/siapkerja-bench.jar id.siapkerja.bench.FlameGraph app.jfr flame.svg}. Each
 * bar is a method, as wide as the share of samples it was on the stack for, its callers
 * beneath it; the summary gives the self time by library. No browser script: the SVG's
 * titles show each frame's share on hover.
 */
public final class FlameGraph {

	private static final int WIDTH = 1600;

	private static final int ROW = 16;

	/** A frame of the merged call tree. */
	private static final class Node {

		final String name;

		long samples;

		final Map<String, Node> children = new LinkedHashMap<>();

		Node(String name) {
			this.name = name;
		}

		Node child(String name) {
			return this.children.computeIfAbsent(name, Node::new);
		}

	}

	private FlameGraph() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("Usage: FlameGraph <recording.jfr> <flame.svg> [title]");
			System.exit(2);
		}
		Node root = new Node("all");
		Map<String, Long> selfByLibrary = new TreeMap<>();
		Map<String, Long> selfByMethod = new java.util.HashMap<>();
		Map<String, Long> callerOfHottest = new java.util.HashMap<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			root.samples++;
			Node node = root;
			for (int i = frames.size() - 1; i >= 0; i--) {
				node = node.child(name(frames.get(i)));
				node.samples++;
			}
			if (!frames.isEmpty()) {
				selfByLibrary.merge(library(frames.get(0)), 1L, Long::sum);
				selfByMethod.merge(name(frames.get(0)), 1L, Long::sum);
				// the first frame outside the JDK: who asked for the JDK's work
				for (RecordedFrame frame : frames) {
					String type = frame.getMethod().getType().getName();
					if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
						callerOfHottest.merge(name(frame), 1L, Long::sum);
						break;
					}
				}
			}
		}
		int depth = depth(root);
		int height = (depth + 2) * ROW + 40;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" font-family=\"monospace\" font-size=\"11\">\n");
		svg.append("<text x=\"4\" y=\"16\" font-size=\"14\">")
			.append(escape(args.length > 2 ? args[2] : "CPU samples"))
			.append(" (")
			.append(root.samples)
			.append(" samples)</text>\n");
		draw(svg, root, 0, WIDTH, height - ROW, root.samples);
		svg.append("</svg>\n");
		Files.writeString(Path.of(args[1]), svg, StandardCharsets.UTF_8);
		System.out.println(root.samples + " CPU samples; self time by library:");
		long total = Math.max(1, root.samples);
		selfByLibrary.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(25)
			.forEach((entry) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * entry.getValue() / total,
					entry.getKey()));
		System.out.println("hottest methods (self):");
		top(selfByMethod, total, 20);
		System.out.println("first frame outside the JDK (who asked for the time):");
		top(callerOfHottest, total, 25);
		System.out.println("widest frames of the application (inclusive):");
		List<Map.Entry<String, Long>> inclusive = new ArrayList<>();
		Map<String, Long> byFrame = new LinkedHashMap<>();
		collect(root, byFrame, new java.util.HashSet<>());
		byFrame.forEach((frame, samples) -> {
			if (frame.startsWith("id.siapkerja")) {
				inclusive.add(Map.entry(frame, samples));
			}
		});
		inclusive.sort(Comparator.comparing(Map.Entry<String, Long>::getValue).reversed());
		inclusive.stream()
			.limit(25)
			.forEach((entry) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * entry.getValue() / total,
					entry.getKey()));
	}

	private static void top(Map<String, Long> counts, long total, int count) {
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(count)
			.forEach((entry) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * entry.getValue() / total,
					entry.getKey()));
	}

	private static void collect(Node node, Map<String, Long> byFrame, java.util.Set<String> onPath) {
		for (Node child : node.children.values()) {
			boolean first = onPath.add(child.name);
			if (first) {
				byFrame.merge(child.name, child.samples, Long::sum);
			}
			collect(child, byFrame, onPath);
			if (first) {
				onPath.remove(child.name);
			}
		}
	}

	private static void draw(StringBuilder svg, Node node, double x, double width, int y, long total) {
		if (width < 2.0) {
			return;
		}
		double share = 100.0 * node.samples / Math.max(1, total);
		int hue = node.name.startsWith("id.siapkerja") ? 120 : node.name.startsWith("java.") ? 40 : 20;
		svg.append(String.format(Locale.ROOT,
				"<g><title>%s (%.2f%%)</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
						+ "fill=\"hsl(%d,70%%,%d%%)\" stroke=\"white\" stroke-width=\"0.5\"/>",
				escape(node.name), share, x, y, width, ROW - 1, hue, 55 + (node.name.hashCode() & 15)));
		int chars = (int) (width / 7);
		if (chars > 3) {
			String label = node.name.length() > chars ? node.name.substring(0, chars - 1) + "…" : node.name;
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 2, y + ROW - 4,
					escape(label)));
		}
		svg.append("</g>\n");
		double childX = x;
		for (Node child : node.children.values()) {
			double childWidth = width * child.samples / Math.max(1, node.samples);
			draw(svg, child, childX, childWidth, y - ROW, total);
			childX += childWidth;
		}
	}

	private static int depth(Node node) {
		int deepest = 0;
		for (Node child : node.children.values()) {
			deepest = Math.max(deepest, depth(child));
		}
		return deepest + 1;
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	/** The library a frame belongs to: the first two or three parts of its package. */
	private static String library(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		String[] parts = type.split("\\.");
		if (parts.length < 3) {
			return type;
		}
		int keep = (parts[0].equals("org") || parts[0].equals("com") || parts[0].equals("io") || parts[0].equals("id"))
				? 3 : 2;
		return String.join(".", java.util.Arrays.copyOf(parts, Math.min(keep, parts.length - 1)));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}

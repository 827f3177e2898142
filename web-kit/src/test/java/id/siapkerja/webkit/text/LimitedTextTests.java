package id.siapkerja.webkit.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitedTextTests {

	private final LimitedText text = new LimitedText();

	@Test
	void paragraphsListsBoldAndLinks() {
		String html = this.text.html("""
				Bursa kerja **terbesar** di Bogor.
				Daftar di https://siapkerja.kemnaker.go.id/jobfair.

				Syarat:
				- KTP
				- CV terbaru
				1. Datang
				2. Antre
				""");
		assertThat(html).isEqualTo("<p>Bursa kerja <strong>terbesar</strong> di Bogor.<br>Daftar di "
				+ "<a href=\"https://siapkerja.kemnaker.go.id/jobfair\" rel=\"nofollow noopener noreferrer\">"
				+ "https://siapkerja.kemnaker.go.id/jobfair</a>.</p>"
				+ "<p>Syarat:</p><ul><li>KTP</li><li>CV terbaru</li></ul><ol><li>Datang</li><li>Antre</li></ol>");
	}

	@Test
	void everythingElseIsEscaped() {
		String html = this.text.html("<script>alert(1)</script> <b onclick=x>hi</b> **<img src=x onerror=alert(1)>**"
				+ " javascript:alert(1) https://x.id/\"onmouseover=alert(1)");
		assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("<img");
		assertThat(html).contains("&lt;script&gt;").contains("<strong>&lt;img src=x onerror=alert(1)&gt;</strong>");
		assertThat(html).contains("<a href=\"https://x.id/\" rel=\"nofollow noopener noreferrer\">")
			.doesNotContain("href=\"javascript");
	}

	@Test
	void controlCharactersAreRemovedAndLinesKept() {
		assertThat(LimitedText.clean("a\r\nb\u0000c\u202Ed\te")).isEqualTo("a\nbc\u202Ed\te");
		assertThat(this.text.lines("Halo,\nlihat https://a.id.")).isEqualTo(
				"Halo,<br>lihat <a href=\"https://a.id\" rel=\"nofollow noopener noreferrer\">https://a.id</a>.");
	}

}

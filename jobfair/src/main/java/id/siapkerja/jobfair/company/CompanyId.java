package id.siapkerja.jobfair.company;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.springframework.jdbc.support.SqlValue;

/**
 * A company's identity, so that it cannot be passed where another id is expected. Written
 * as its UUID in pages, links, SQL parameters and events ({@code toString},
 * {@link #value}, JSON); read from a path or a form by {@link #valueOf(String)}.
 */
public record CompanyId(@JsonValue UUID value) implements SqlValue {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CompanyId {
		Objects.requireNonNull(value, "value");
	}

	public static CompanyId random() {
		return new CompanyId(UUID.randomUUID());
	}

	/** From a path variable or a form field; not a UUID is refused. */
	public static CompanyId valueOf(String text) {
		return new CompanyId(UUID.fromString(text));
	}

	/** As a SQL parameter: its UUID. */
	@Override
	public void setValue(PreparedStatement statement, int index) throws SQLException {
		statement.setObject(index, this.value);
	}

	@Override
	public void cleanup() {
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}

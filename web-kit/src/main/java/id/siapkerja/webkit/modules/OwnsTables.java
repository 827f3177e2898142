package id.siapkerja.webkit.modules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database tables an application module owns, on its {@code package-info.java}: only
 * this module's SQL names them; another module asks through this module's public API or
 * keeps a read model of its own fed by this module's events. Each app's modularity test
 * holds every table of its migrations to exactly one owner and every module's SQL to its
 * own tables.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

	/** The tables, as the migrations name them. */
	String[] value();

}

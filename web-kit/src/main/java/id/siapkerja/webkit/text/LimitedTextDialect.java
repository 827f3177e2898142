package id.siapkerja.webkit.text;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@link LimitedText} available in templates as {@code #formatted}:
 * {@code th:with="html=${#formatted.html(fair.description)}" th:utext="${html}"}
 * (Thymeleaf restricts what th:utext itself may call, so the HTML is made in th:with),
 * and {@link Times} as {@code #times}: {@code ${#times.at(instant, fair.zone)}}.
 */
public final class LimitedTextDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "formatted";

	private static final String TIMES = "times";

	private final LimitedText text;

	private final Times times = new Times();

	public LimitedTextDialect(LimitedText text) {
		super("SIAPkerja limited text");
		this.text = text;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME, TIMES);
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				if (TIMES.equals(name)) {
					return LimitedTextDialect.this.times;
				}
				return NAME.equals(name) ? LimitedTextDialect.this.text : null;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}

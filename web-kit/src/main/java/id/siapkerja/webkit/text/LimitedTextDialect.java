package id.siapkerja.webkit.text;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@link LimitedText} available in templates as {@code #formatted}:
 * {@code th:with="html=${#formatted.html(fair.description)}" th:utext="${html}"}
 * (Thymeleaf restricts what th:utext itself may call, so the HTML is made in th:with).
 */
public final class LimitedTextDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "formatted";

	private final LimitedText text;

	public LimitedTextDialect(LimitedText text) {
		super("SIAPkerja limited text");
		this.text = text;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return NAME.equals(name) ? LimitedTextDialect.this.text : null;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}

package vn.hoso.archive.digitization.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words for a refusal's code in the message bundles ({@code problem.<code>}), Vietnamese first. */
@Component
class RefusalMessages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    RefusalMessages(MessageSource messages) {
        this.messages = messages;
    }

    String describe(String code, Object[] arguments, Locale locale) {
        return messages.getMessage("problem." + code, arguments, code, locale);
    }
}

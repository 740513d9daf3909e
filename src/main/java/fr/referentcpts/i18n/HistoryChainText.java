package fr.referentcpts.i18n;

import fr.referentcpts.core.common.FrenchFormat;
import fr.referentcpts.core.history.HistoryChain;

/** The verdict on a case's history chain, in French, for the window and {@code cases show}. */
public final class HistoryChainText {
    private HistoryChainText() {
    }

    public static String describe(Messages messages, HistoryChain.Verdict verdict) {
        if (!verdict.intact()) {
            return messages.get("history.chain.broken", FrenchFormat.date(verdict.brokenAt().date()),
                    messages.get(verdict.brokenAt().kind()));
        }
        return verdict.unchained() == 0 ? messages.get("history.chain.intact", verdict.entries())
                : messages.get("history.chain.intactPartly", verdict.entries(), verdict.unchained());
    }
}

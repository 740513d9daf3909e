package fr.referentcpts.testing;

import fr.referentcpts.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** Records the dialogs a ViewModel asked for and answers confirmations as told. */
public final class FakeDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add("confirm: " + message);
        return answer;
    }

    @Override
    public void error(String title, String message) {
        shown.add("error: " + message);
    }

    @Override
    public void info(String title, String message) {
        shown.add("info: " + message);
    }
}

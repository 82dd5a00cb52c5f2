package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.core.home.HomeView;

/**
 * Draws the core's {@link HomeView} as terminal text: headings, one line per entry, and under each the
 * command that does what its button does (a terminal starts a questionnaire again to resume it).
 */
public final class ConsoleHome {

    private ConsoleHome() {
    }

    public static String render(HomeView home) {
        StringBuilder out = new StringBuilder(home.title()).append('\n').append(home.promise()).append('\n');
        for (HomeView.Item item : home.items()) {
            if (item instanceof HomeView.Heading h) {
                out.append('\n').append(h.text()).append(":\n");
            } else if (item instanceof HomeView.Note n) {
                out.append("  ").append(plain(n.text())).append('\n');
            } else {
                HomeView.Entry e = (HomeView.Entry) item;
                out.append("  * ").append(e.title()).append(" (").append(plain(e.detail())).append(")\n");
                for (HomeView.Button b : e.buttons()) {
                    out.append("      ").append(b.label()).append(": ").append(command(b.action())).append('\n');
                }
            }
        }
        home.pageLine().ifPresent(line -> out.append('\n').append(line).append(": mlsec home --page N\n"));
        return out.toString();
    }

    private static String command(HomeView.Action action) {
        if (action instanceof HomeView.Action.Resume r) {
            return "mlsec console --questionnaire " + r.questionnaireId();
        }
        if (action instanceof HomeView.Action.Start s) {
            return "mlsec console --questionnaire " + s.questionnaireId();
        }
        if (action instanceof HomeView.Action.Report r) {
            return "mlsec report " + r.code();
        }
        return "mlsec home --page " + ((HomeView.Action.Page) action).page();
    }

    /** Chat markup (code spans) as plain terminal text. */
    private static String plain(String text) {
        return text.replace("`", "");
    }
}

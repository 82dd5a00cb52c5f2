package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.core.view.Control;
import dev.mlsec.assessor.core.view.PromptView;
import dev.mlsec.assessor.core.view.Surface;
import dev.mlsec.assessor.core.view.SummaryView;
import dev.mlsec.assessor.core.view.View;
import java.util.List;
import java.util.StringJoiner;

/**
 * Draws the core's {@link View}s as plain terminal text. It decides nothing a person notices beyond
 * layout: the words, the options and the controls are the view's; each control is drawn as the key
 * {@link ConsoleInput} reads for it. Pure: the same view always gives the same text.
 */
public final class ConsoleRenderer {

    private static final int BAR_WIDTH = 20;

    /** The engine's reply as the terminal shows it. */
    public static View view(Reply reply) {
        return View.of(reply, Surface.TERMINAL);
    }

    public String render(View view) {
        if (view instanceof View.Question q) {
            return prompt(q.prompt());
        }
        if (view instanceof View.Summary s) {
            return summary(s.summary());
        }
        if (view instanceof View.Paused p) {
            return "\n" + p.text() + "\n";
        }
        if (view instanceof View.Abandoned a) {
            return "\n" + a.text() + "\n";
        }
        View.Refused r = (View.Refused) view;
        StringBuilder out = new StringBuilder("\n! ").append(r.message()).append('\n');
        r.current().ifPresent(p -> out.append(View.WHERE_YOU_ARE).append('\n').append(prompt(p)));
        return out.toString();
    }

    private static String prompt(PromptView p) {
        StringBuilder out = new StringBuilder("\n");
        p.notice().ifPresent(n -> out.append("(").append(n).append(")\n"));
        out.append(p.where()).append('\n');
        p.assessment().ifPresent(name -> out.append(p.title(typed -> typed)).append('\n'));
        out.append(p.text()).append('\n');
        p.why().ifPresent(why -> out.append(View.WHY_HEADING).append(' ').append(why).append('\n'));
        List<PromptView.OptionView> options = p.options();
        for (int i = 0; i < options.size(); i++) {
            out.append(options.get(i).selected() ? "  * " : "    ").append(i + 1).append(") ")
                    .append(options.get(i).label()).append('\n');
        }
        out.append(keys(p)).append('\n');
        out.append(p.privacy()).append('\n');
        return out.toString();
    }

    /** The controls the view offers, each with its key, e.g. "[1-4 Choose one; d I don't know; b Back; q Pause; h help]". */
    private static String keys(PromptView p) {
        StringJoiner keys = new StringJoiner("; ", "[", "]");
        for (Control control : p.controls()) {
            switch (control) {
                case ANSWER -> keys.add("1-" + p.options().size() + " " + p.selection().hint()
                        + (p.selection().multiple() ? ", separated by commas" : ""));
                case DONT_KNOW, BACK, SKIP, WHY, PAUSE, ANSWER_ALONE -> keys.add(ConsoleInput.key(control) + " " + p.label(control));
                case CONTINUE_ELSEWHERE -> {
                    // a terminal has nowhere more private to move to; the core never offers it here
                }
            }
        }
        keys.add("h help");
        return keys.toString();
    }

    private static String summary(SummaryView s) {
        StringBuilder out = new StringBuilder("\n").append(s.title()).append("\n\n").append(s.scoresHeading()).append(":\n");
        for (SummaryView.Score score : s.scores()) {
            int filled = Math.round(score.value() * BAR_WIDTH / 100f);
            out.append(String.format("  %-24s %3d  %s%s%n", score.attack(), score.value(), "#".repeat(filled),
                    ".".repeat(BAR_WIDTH - filled)));
        }
        if (!s.recommendations().isEmpty()) {
            out.append("\n" + SummaryView.RECOMMENDATIONS_HEADING + ":\n");
            for (int i = 0; i < s.recommendations().size(); i++) {
                out.append("  ").append(i + 1).append(". ").append(s.recommendations().get(i)).append('\n');
            }
        }
        out.append('\n').append(s.counted()).append('\n');
        s.assessment().ifPresent(a -> out.append(a).append('\n'));
        out.append(s.privacy()).append('\n');
        return out.toString();
    }

    /** The console's key help, then where the terminal's home is. */
    public static String help() {
        return keys() + ChannelWords.home(Platform.CONSOLE) + "\n";
    }

    private static String keys() {
        return """
                Answer with the option's number, or numbers separated by commas where several apply (e.g. 1,3).
                  d   don't know (where offered)   b   back one question   s   skip (where allowed)
                  ?   why this question matters
                  q   pause; your answers are kept and the next run resumes
                  restart   drop this run's answers and begin again
                  abandon   give up this run and delete its answers
                """;
    }
}

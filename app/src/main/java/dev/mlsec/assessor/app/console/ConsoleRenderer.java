package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import java.util.List;

/** Renders the engine's replies as plain terminal text. */
public final class ConsoleRenderer {

    private static final int BAR_WIDTH = 20;

    public String render(Reply reply) {
        if (reply instanceof Reply.Prompt p) {
            return prompt(p);
        }
        if (reply instanceof Reply.Explanation e) {
            return "\nWhy this matters: " + e.why() + "\n" + prompt(e.prompt());
        }
        if (reply instanceof Reply.Completed c) {
            return completed(c);
        }
        if (reply instanceof Reply.Paused p) {
            return "\nPaused. Your " + p.progress().answered() + " answer(s) are kept; run the same command again to resume.\n";
        }
        if (reply instanceof Reply.Abandoned) {
            return "\nAbandoned. Your answers to this run were deleted.\n";
        }
        Reply.Refused r = (Reply.Refused) reply;
        StringBuilder out = new StringBuilder("\n! ").append(r.message()).append('\n');
        r.current().ifPresent(p -> out.append(prompt(p)));
        return out.toString();
    }

    private String prompt(Reply.Prompt p) {
        StringBuilder out = new StringBuilder("\n");
        if (p.notice() != Notice.NONE) {
            out.append("(").append(p.notice().message()).append(")\n");
        }
        String where = p.run().questionnaireTitle() + " · " + p.sectionTitle();
        out.append(where).append(" · ").append(p.progress().label()).append('\n');
        Question q = p.question();
        out.append(q.text()).append('\n');
        List<Option> options = q.options();
        for (int i = 0; i < options.size(); i++) {
            boolean chosen = p.selected().contains(options.get(i).id());
            out.append(chosen ? "  * " : "    ").append(i + 1).append(") ").append(options.get(i).label()).append('\n');
        }
        out.append(hint(p)).append('\n');
        return out.toString();
    }

    private static String hint(Reply.Prompt p) {
        QuestionKind kind = p.question().kind();
        String choose;
        if (kind instanceof QuestionKind.MultipleChoice m) {
            choose = m.min() == m.max()
                    ? "choose " + m.min() + " numbers separated by commas"
                    : "choose " + (m.min() == 1 ? "one or more" : "at least " + m.min()) + " numbers separated by commas";
        } else {
            choose = "choose one number";
        }
        StringBuilder keys = new StringBuilder("[").append(choose);
        if (p.canGoBack()) {
            keys.append("; b back");
        }
        if (p.question().skippable()) {
            keys.append("; s skip");
        }
        keys.append("; ? why; q quit; h help]");
        return keys.toString();
    }

    private static String completed(Reply.Completed c) {
        PersonalSummary s = c.summary();
        StringBuilder out = new StringBuilder("\nDone: ").append(s.questionnaireTitle()).append(" is complete. ")
                .append("Thank you! Your answers are now counted and can no longer be linked to you.\n\n");
        out.append("Your answers, as ").append(s.dimension().id()).append(" per attack (0-100):\n");
        for (Attack attack : Attack.values()) {
            int score = s.scores().getOrDefault(attack, 0);
            int filled = Math.round(score * BAR_WIDTH / 100f);
            out.append(String.format("  %-24s %3d  %s%s%n", attack.title(), score, "#".repeat(filled),
                    ".".repeat(BAR_WIDTH - filled)));
        }
        out.append("\n").append(s.answered()).append(" answered");
        if (s.dontKnow() > 0) {
            out.append(", ").append(s.dontKnow()).append(" \"don't know\" (counted as exposed, not as safe)");
        }
        out.append(".\n");
        if (!s.recommendations().isEmpty()) {
            out.append("\nWhat would help most:\n");
            List<String> top = s.recommendations().subList(0, Math.min(5, s.recommendations().size()));
            for (int i = 0; i < top.size(); i++) {
                out.append("  ").append(i + 1).append(". ").append(top.get(i)).append('\n');
            }
        }
        c.run().assessmentCode().ifPresent(code ->
                out.append("\nThese answers count toward assessment ").append(code).append(".\n"));
        return out.toString();
    }

    /** The console's key help. */
    public static String help() {
        return """
                Answer with the option's number, or numbers separated by commas where several apply (e.g. 1,3).
                  b   back one question        s   skip (where allowed)
                  ?   why this question matters
                  q   quit; your answers are kept and the next run resumes
                  restart   drop this run's answers and begin again
                  abandon   give up this run and delete its answers
                """;
    }
}

package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.ReportFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line's way to the core's lead desk: the person at the terminal is the operator, who
 * sees every assessment by its code. A refusal becomes the desk's sentence on standard error.
 */
final class OperatorDesk {

    private OperatorDesk() {
    }

    /** The desk's answer of the expected kind; any other answer is a refusal, told as the desk words it. */
    static <T extends LeadAnswer> T ask(ConfigurableApplicationContext context, LeadRequest request, Class<T> expected) {
        LeadAnswer answer = context.getBean(LeadDesk.class).handleForOperator(AssessmentCommand.CONSOLE_SPACE, request);
        if (expected.isInstance(answer)) {
            return expected.cast(answer);
        }
        throw new UserError(refusal(answer));
    }

    /** Writes a text file the desk handed over, as it is, to --out or to standard output. */
    static void write(Path out, ReportFile file) {
        try (Writer w = Output.open(out)) {
            w.write(new String(file.bytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusal(LeadAnswer answer) {
        if (answer instanceof LeadAnswer.Refused r) {
            return r.message();
        }
        if (answer instanceof LeadAnswer.NotPermitted n) {
            return n.message();
        }
        if (answer instanceof LeadAnswer.UnknownCode u) {
            return u.message(typed -> typed);
        }
        throw new IllegalStateException("the desk answered " + answer.getClass().getSimpleName());
    }
}
